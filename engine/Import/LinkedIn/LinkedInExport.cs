using System.IO.Compression;
using System.Text.RegularExpressions;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// A LinkedIn data export as the user has it: the zip as downloaded, the folder it unpacks to, or a single
/// file of it. File names are matched loosely (<c>Connections.csv</c>, <c>connections (1).csv</c>,
/// <c>2023_Connections.csv</c>), in any subfolder; files the importer does not know are left alone.
/// </summary>
internal sealed partial class LinkedInExport : IDisposable
{
    private readonly ZipArchive? _zip;

    private LinkedInExport(string path, ZipArchive? zip, IReadOnlyList<LinkedInEntry> entries)
    {
        Path = path;
        _zip = zip;
        Entries = entries;
    }

    /// <summary>The path the user gave.</summary>
    public string Path { get; }

    /// <summary>The known files, in the order they are imported.</summary>
    public IReadOnlyList<LinkedInEntry> Entries { get; }

    /// <summary>Opens the export at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">The path cannot be read, is not a zip, or holds no known file.</exception>
    public static LinkedInExport Open(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.csv", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive })
                .Select(f => (Name: System.IO.Path.GetRelativePath(path, f), Full: f))
                .Select(f => Classify(f.Name) is { } kind ? OnDisk(f.Name, kind, f.Full) : null)
                .OfType<LinkedInEntry>();
            return Create(path, null, files);
        }

        if (!File.Exists(path))
        {
            throw new ImportException(path, "no such file or folder; pass the LinkedIn export zip as downloaded, or the folder it unpacks to");
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var kind = Classify(System.IO.Path.GetFileName(path))
                ?? throw new ImportException(path, "is not a file of a LinkedIn export this importer knows (Connections.csv, Invitations.csv, messages.csv, Profile.csv, Positions.csv, Education.csv, Skills.csv, Languages.csv, Email Addresses.csv)");
            return Create(path, null, [OnDisk(System.IO.Path.GetFileName(path), kind, path)]);
        }

        var zip = ExportZip.Open(path, e =>
            $"is not a readable zip file ({e.Message.TrimEnd('.')}); download the export again, or pass the folder it unpacks to");

        try
        {
            var entries = zip.Entries
                .Select((e, index) => (Entry: e, Index: index))
                .Where(e => e.Entry.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                .Select(e => Classify(e.Entry.Name) is { } kind
                    ? new LinkedInEntry(e.Entry.FullName, kind, e.Entry.Open) { Length = e.Entry.Length, OpenApart = () => OpenApart(path, e.Index) }
                    : null)
                .OfType<LinkedInEntry>();
            return Create(path, zip, entries);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>What a file is, from its name; null for files the importer does not read.</summary>
    public static LinkedInFileKind? Classify(string fileName)
    {
        // macOS keeps resource forks as "._Connections.csv" (in __MACOSX/ of a zip made by Finder) and Excel
        // keeps "~$Connections.csv" while the file is open: neither is the file itself.
        var name = System.IO.Path.GetFileName(fileName);
        if (name.StartsWith("._", StringComparison.Ordinal) || name.StartsWith("~$", StringComparison.Ordinal))
        {
            return null;
        }

        var stem = System.IO.Path.GetFileNameWithoutExtension(name).ToLowerInvariant();
        var words = Word().Matches(stem).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // Profile Summary.csv, guide_messages.csv and the like are other files that merely share a word.
        if (words.Contains("summary"))
        {
            return null;
        }

        return words[0] switch
        {
            "profile" => LinkedInFileKind.Profile,
            "positions" => LinkedInFileKind.Positions,
            "education" => LinkedInFileKind.Education,
            "skills" => LinkedInFileKind.Skills,
            "languages" => LinkedInFileKind.Languages,
            "email" => LinkedInFileKind.EmailAddresses,
            "connections" => LinkedInFileKind.Connections,
            "invitations" => LinkedInFileKind.Invitations,
            "messages" => LinkedInFileKind.Messages,
            _ => null,
        };
    }

    public void Dispose() => _zip?.Dispose();

    private static LinkedInEntry OnDisk(string name, LinkedInFileKind kind, string file) =>
        new(name, kind, () => File.OpenRead(file)) { OpenApart = () => new EntryStream(File.OpenRead(file), null) };

    /// <summary>The zip's entry number <paramref name="index"/>, from the zip opened again: a stream that shares no position with the export's.</summary>
    private static EntryStream OpenApart(string path, int index)
    {
        var zip = ZipFile.OpenRead(path);
        try
        {
            return new EntryStream(zip.Entries[index].Open(), zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static LinkedInExport Create(string path, ZipArchive? zip, IEnumerable<LinkedInEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            zip?.Dispose();
            throw new ImportException(path,
                "holds none of the files of a LinkedIn data export (Connections.csv, Invitations.csv, messages.csv, Profile.csv, ...); is this the right zip or folder?");
        }

        return new LinkedInExport(path, zip, ordered);
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();
}
