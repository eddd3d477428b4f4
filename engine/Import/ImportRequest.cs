using Playbook.Engine.Contacts;
using Playbook.Engine.Import.AddressBook;

namespace Playbook.Engine.Import;

/// <summary>What to import: the kind of export and where it is.</summary>
/// <param name="Kind">The kind of export all of <paramref name="Paths"/> are.</param>
/// <param name="Paths">Files or folders; a LinkedIn export is one zip, folder or file.</param>
public sealed record ImportRequest(ExportKind Kind, IReadOnlyList<string> Paths)
{
    /// <summary>For address-book CSV: Google or Outlook; null to detect it from each file's header.</summary>
    public AddressBookFormat? Format { get; init; }

    /// <summary>For mail: the owner's own addresses (<c>config.yaml</c>'s <c>me: emails:</c>), which tell sent mail from received.</summary>
    public IReadOnlyList<string> OwnerEmails { get; init; } = [];

    /// <summary>For calendars: the me-profile (with <c>config.yaml</c>'s goals) the tasks of planned meetings are written with; null: the store's.</summary>
    public MeProfile? Me { get; init; }

    /// <summary>The export at <paramref name="path"/>, of the kind its name says (see <see cref="Importer.KindOf"/>).</summary>
    public static ImportRequest For(string path) => new(Importer.KindOf(path), [path]);
}
