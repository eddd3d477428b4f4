using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Calendar;
using Playbook.Engine.Import.Facebook;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Import.Mail;
using Playbook.Engine.Import.Profiles;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.X;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import;

/// <summary>
/// The way exports come into the store, for the command line and the desk alike: which reader a path needs, and the
/// import itself. Each file is stored in a transaction of its own, so a file that cannot be read leaves the store as
/// it was; bad rows are skipped and reported; importing the same export again adds nothing twice.
/// </summary>
public sealed class Importer(ContactStore store)
{
    /// <summary>
    /// The kind of export at <paramref name="path"/>. A file by its name: <c>.vcf</c> and <c>.vcard</c> files are vCards;
    /// a <c>.pdf</c> is a saved profile; an <c>.ics</c> a calendar; <c>.mbox</c> and <c>.eml</c> are mail, and so is a
    /// file without an extension that starts as an mbox does (Thunderbird's); a <c>.csv</c> named like a file of a
    /// LinkedIn export (<c>Connections.csv</c>, <c>messages.csv</c>, ...) is LinkedIn's and any other <c>.csv</c> an
    /// address book. A folder or a zip by the names of the files it holds (see <see cref="ExportContents.Of"/>): a
    /// Google Takeout zip of <c>.ics</c> files is a calendar, a folder of <c>.eml</c> files mail. Anything else is taken
    /// for a LinkedIn export, whose importer says what is wrong with it. Before all that, a zip named as X names its archives
    /// (<c>twitter-2026-11-30-....zip</c>) or a folder with <c>data/manifest.js</c> is an X archive, and a zip named
    /// <c>facebook-...zip</c> or a folder with Facebook's own folders is a Facebook download.
    /// </summary>
    public static ExportKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsXArchive(path))
        {
            return ExportKind.X;
        }

        if (FacebookDownload.LooksLikeOne(path))
        {
            return ExportKind.Facebook;
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        ExportKind? byName = extension switch
        {
            ".VCF" or ".VCARD" => ExportKind.VCard,
            ".PDF" => ExportKind.Profiles,
            ".ICS" or ".ICAL" or ".IFB" => ExportKind.Calendar,
            ".MBOX" or ".EML" => ExportKind.Mail,
            ".CSV" when LinkedInExport.Classify(path) is null => ExportKind.AddressBookCsv,
            ".CSV" => ExportKind.LinkedIn,
            _ => null,
        };
        if (byName is { } kind)
        {
            return kind;
        }

        if (Directory.Exists(path))
        {
            return ExportContents.Of(ExportContents.InFolder(path)) ?? ExportKind.LinkedIn;
        }

        if (extension == ".ZIP" && File.Exists(path))
        {
            return ExportContents.Of(ExportContents.InZip(path)) ?? ExportKind.LinkedIn;
        }

        return extension.Length == 0 && File.Exists(path) && MailImporter.StartsLikeMbox(path) ? ExportKind.Mail : ExportKind.LinkedIn;
    }

    /// <summary>Imports what <paramref name="request"/> names, reporting per file what was added, updated, unchanged and skipped.</summary>
    /// <exception cref="ImportException">A LinkedIn export that is missing, not a zip, or holds no file the importer reads.</exception>
    public ImportReport Import(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request switch
        {
            { Kind: ExportKind.LinkedIn, Paths: [var path] } => new LinkedInImporter(store).Import(path, progress, cancellationToken),
            { Kind: ExportKind.LinkedIn } => throw new ArgumentException("a LinkedIn export is one zip, folder or file", nameof(request)),
            { Kind: ExportKind.VCard } => new AddressBookImporter(store).ImportVCards(request.Paths, progress, cancellationToken),
            { Kind: ExportKind.Calendar } => new CalendarImporter(store, request.OwnerEmails, request.Me).Import(request.Paths, progress, cancellationToken),
            { Kind: ExportKind.Mail } => new MailImporter(store).Import(request.Paths, request.OwnerEmails, progress, cancellationToken),
            { Kind: ExportKind.X, Paths: [var path] } => new XImporter(store).Import(path, progress, cancellationToken),
            { Kind: ExportKind.X } => throw new ArgumentException("an X archive is one zip or folder", nameof(request)),
            { Kind: ExportKind.Facebook, Paths: [var path] } => new FacebookImporter(store).Import(path, progress, cancellationToken),
            { Kind: ExportKind.Facebook } => throw new ArgumentException("a Facebook download is one zip or folder", nameof(request)),
            { Kind: ExportKind.Profiles } => new ProfileImporter(store).Import(request.Paths, progress, cancellationToken),
            _ => new AddressBookImporter(store).ImportCsv(request.Paths, request.Format, progress, cancellationToken),
        };
    }

    private static bool IsXArchive(string path)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        return (name.StartsWith("twitter-", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            || (Directory.Exists(path) && File.Exists(Path.Combine(path, "data", "manifest.js")));
    }
}
