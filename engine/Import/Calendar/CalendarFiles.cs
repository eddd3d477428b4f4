using System.Globalization;
using System.IO.Compression;
using System.Text;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// The calendars a path holds: an <c>.ics</c> file, the <c>.ics</c> files of a folder (and its subfolders), or those of a
/// zip (a Google Takeout download holds one per calendar). Each is read as text when its turn comes, a zip's from the
/// zip opened again, and none larger than <see cref="MaxBytes"/>: a calendar is parsed whole, into many times its size.
/// </summary>
internal static class CalendarFiles
{
    /// <summary>The largest calendar read: years of a busy calendar are a few megabytes.</summary>
    public const int MaxBytes = 64 << 20;

    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive };

    /// <summary>The calendars at <paramref name="path"/>: their names as reported, and how to read each.</summary>
    public static IEnumerable<(string Name, Func<string> Read)> At(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*.ics", Recursive).Order(StringComparer.Ordinal))
            {
                yield return (file, () => ReadFile(file));
            }

            yield break;
        }

        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            yield return (path, () => ReadFile(path));
            yield break;
        }

        List<string> entries;
        using (var zip = ZipFile.OpenRead(path))
        {
            entries = [.. zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
        }

        foreach (var entry in entries)
        {
            var name = $"{path}/{entry}";
            yield return (name, () =>
            {
                using var zip = ZipFile.OpenRead(path);
                using var stream = zip.GetEntry(entry)?.Open() ?? throw new ImportException(name, "is no longer in the zip; nothing of it was imported");
                return ReadBounded(stream, name);
            });
        }
    }

    private static string ReadFile(string file) =>
        Text(BoundedRead.File(file, MaxBytes, out var length) ?? throw TooLarge(file, length));

    private static string ReadBounded(Stream stream, string name) =>
        Text(BoundedRead.Stream(stream, MaxBytes) ?? throw TooLarge(name, null));

    /// <summary>The text of a calendar's bytes: UTF-8 unless a byte-order mark says otherwise.</summary>
    private static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>A calendar over the limit: its <paramref name="length"/> when known, else (a zip's entry, a device) only that it passed it.</summary>
    private static ImportException TooLarge(string name, long? length) =>
        new(name, string.Create(CultureInfo.InvariantCulture,
            $"is {BoundedRead.Size(length, MaxBytes)}, and a calendar may be at most {MaxBytes >> 20} MB; export a shorter range of it (nothing of it was imported)"));
}
