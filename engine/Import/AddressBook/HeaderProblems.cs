using System.Text;
using Playbook.Engine.Import.Csv;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// What to tell the user when a file is not an address-book CSV that can be read: what it looks like
/// instead (a vCard, a LinkedIn export file, a CSV with another separator) and what to do about it.
/// </summary>
internal static class HeaderProblems
{
    private const int SnippetLength = 60;

    private const string KnownFormats =
        "the formats read are Google Contacts CSV (new and old layout) and Outlook CSV (desktop and Outlook.com; English, German, French or Spanish headers)";

    /// <summary>Why the file is another kind of file than it was passed as, or null when it is not one of those.</summary>
    public static string? OtherKind(CsvHeader header, string sample, string fileName)
    {
        if (sample.TrimStart().StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase))
        {
            return $"is a vCard file, not a CSV; import it with 'playbook import vcard {Quoted(fileName)}'";
        }

        var linkedIn = header.Has("Connected On") || header.Has("CONVERSATION ID") || header.Has("inviterProfileUrl")
            || (header.Has("First Name") && header.Has("URL") && header.Has("Email Address"));
        return linkedIn
            ? "is a file of a LinkedIn data export, not an address book; import the export with 'playbook import linkedin PATH' (the zip as downloaded, or its folder)"
            : null;
    }

    /// <summary>Why a header that no layout matches cannot be read, for the format asked for (null: any).</summary>
    public static string Unknown(CsvHeader header, AddressBookFormat? format)
    {
        foreach (var separator in (ReadOnlySpan<char>)[';', '\t'])
        {
            if (header.Count == 1 && header.Names[0].Contains(separator, StringComparison.Ordinal)
                && LayoutDetector.Detect(new CsvHeader(header.Names[0].Split(separator).Select(CsvHeader.Clean).ToArray(), header.Line)) is not null)
            {
                var name = separator == ';' ? "';'" : "tabs";
                return $"separates its fields with {name}, not commas; export it again as CSV (comma separated), or save it from the spreadsheet as 'CSV UTF-8'";
            }
        }

        var snippet = Snippet(header);
        return format is { } asked
            ? $"has none of the columns of {LayoutDetector.Describe(asked)} that name a person (its header starts '{snippet}'); {KnownFormats}"
            : $"is not a CSV of a known address-book format (its header starts '{snippet}'); {KnownFormats}. "
              + "Export the contacts again in one of them, or, for one with renamed columns, name it with --format google or --format outlook";
    }

    private static string Snippet(CsvHeader header)
    {
        var text = new StringBuilder();
        foreach (var name in header.Names)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(name.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
            if (text.Length >= SnippetLength)
            {
                break;
            }
        }

        return text.Length > SnippetLength ? string.Concat(text.ToString().AsSpan(0, SnippetLength), "...") : text.ToString();
    }

    private static string Quoted(string fileName) => fileName.Contains(' ', StringComparison.Ordinal) ? $"\"{fileName}\"" : fileName;
}
