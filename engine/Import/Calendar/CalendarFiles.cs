using System.IO.Compression;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// The calendars a path holds: an <c>.ics</c> file, the <c>.ics</c> files of a folder (and its subfolders), or those of a
/// zip (a Google Takeout download holds one per calendar). A file is read as text when its turn comes; a zip's calendars as it is opened.
/// </summary>
internal static class CalendarFiles
{
    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive };

    /// <summary>The calendars at <paramref name="path"/>: their names as reported, and how to read each.</summary>
    public static IEnumerable<(string Name, Func<string> Read)> At(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*.ics", Recursive).Order(StringComparer.Ordinal))
            {
                yield return (file, () => File.ReadAllText(file));
            }

            yield break;
        }

        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            yield return (path, () => File.ReadAllText(path));
            yield break;
        }

        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            // Read now: the zip is closed once the calendars are listed.
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            yield return ($"{path}/{entry.FullName}", () => text);
        }
    }
}
