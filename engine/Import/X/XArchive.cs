using System.IO.Compression;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.X;

/// <summary>
/// An X archive as the user has it: the zip as downloaded (<c>twitter-2026-11-30-&lt;hash&gt;.zip</c>) or the folder it
/// unpacks to (also one level above it). Its data lives in <c>data/*.js</c>; <c>data/manifest.js</c> lists which files
/// hold each kind of data (large archives split one into <c>part0</c>, <c>part1</c>, ...). A zip cut short is refused
/// whole before anything is read, since its table of contents sits at its end.
/// </summary>
internal sealed class XArchive : IDisposable
{
    private readonly ZipArchive? _zip;
    private readonly string _root;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    private XArchive(string path, ZipArchive? zip, string root, Dictionary<string, ZipArchiveEntry> entries)
    {
        Path = path;
        _zip = zip;
        _root = root;
        _entries = entries;
    }

    /// <summary>The path the user gave.</summary>
    public string Path { get; }

    /// <summary>Opens the archive at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">No such path, a zip that is incomplete or damaged, or no X archive there.</exception>
    public static XArchive Open(string path)
    {
        if (Directory.Exists(path))
        {
            var root = new[] { path }.Concat(SafeSubfolders(path))
                .FirstOrDefault(folder => File.Exists(System.IO.Path.Combine(folder, "data", "manifest.js"))
                    || File.Exists(System.IO.Path.Combine(folder, "data", "account.js")))
                ?? throw NotAnArchive(path);
            return new XArchive(path, null, root, []);
        }

        if (!File.Exists(path))
        {
            throw new ImportException(path, "no such file or folder; pass the X archive zip as downloaded (twitter-YYYY-MM-DD-....zip), or the folder it unpacks to");
        }

        var zip = ExportZip.Open(path, e => StartsLikeZip(path)
            ? $"is incomplete: the zip ends before its table of contents ({e.Message.TrimEnd('.')}); the download was cut short, so download the archive again; nothing was imported"
            : "is not a zip file; pass the X archive zip as downloaded, or the folder it unpacks to; nothing was imported");

        try
        {
            var names = zip.Entries.Where(e => e.FullName.EndsWith(".js", StringComparison.OrdinalIgnoreCase)).ToList();
            var marker = names.Select(e => e.FullName.Replace('\\', '/'))
                .Where(n => n.EndsWith("data/manifest.js", StringComparison.Ordinal) || n.EndsWith("data/account.js", StringComparison.Ordinal))
                .Where(n => n.Count(c => c == '/') <= 2)
                .OrderBy(n => n.Length)
                .FirstOrDefault() ?? throw NotAnArchive(path);
            var prefix = marker[..marker.LastIndexOf("data/", StringComparison.Ordinal)];
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            foreach (var entry in names)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    entries.TryAdd(name[prefix.Length..], entry);
                }
            }

            return new XArchive(path, zip, prefix, entries);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>Whether the archive holds <paramref name="name"/> (<c>data/account.js</c>).</summary>
    public bool Has(string name) =>
        _zip is null ? File.Exists(System.IO.Path.Combine(_root, name)) : _entries.ContainsKey(name);

    /// <summary>The bytes of <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The zip's copy of it is damaged.</exception>
    /// <exception cref="IOException">It cannot be read.</exception>
    /// <exception cref="XFileException">The file is larger than <see cref="MaxFileBytes"/>.</exception>
    public byte[] Read(string name)
    {
        if (_zip is null)
        {
            return BoundedRead.File(System.IO.Path.Combine(_root, name), MaxFileBytes, out var length) ?? throw TooLarge(length);
        }

        using var stream = _entries[name].Open();
        return BoundedRead.Stream(stream, MaxFileBytes) ?? throw TooLarge(null);
    }

    /// <summary>
    /// The largest file of an archive read: each is parsed whole, into a few times its size, and the largest, a heavy
    /// user's direct messages, is tens of megabytes.
    /// </summary>
    public const int MaxFileBytes = 256 << 20;

    private static XFileException TooLarge(long? length) =>
        new(0, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"is {BoundedRead.Size(length, MaxFileBytes)}, and a file of an archive may be at most {MaxFileBytes >> 20} MB; nothing of it was imported, the rest was"));

    public void Dispose() => _zip?.Dispose();

    private static ImportException NotAnArchive(string path) =>
        new(path, "is not an X archive: it holds no data/manifest.js or data/account.js; pass the zip X sends (twitter-YYYY-MM-DD-....zip), or the folder it unpacks to; nothing was imported");

    private static List<string> SafeSubfolders(string path)
    {
        try
        {
            return Directory.GetDirectories(path).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Whether the file starts as a zip does ("PK"): a zip without its end was cut short, anything else is another file.</summary>
    private static bool StartsLikeZip(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> start = stackalloc byte[2];
            return stream.ReadAtLeast(start, 2, throwOnEndOfStream: false) == 2 && start.SequenceEqual("PK"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
