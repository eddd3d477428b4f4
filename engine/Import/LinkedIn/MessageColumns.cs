using Playbook.Engine.Import.Csv;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// Where the columns of a messages.csv are. The file has had 9 to 13 columns over the years; only the
/// conversation, sender, recipients, date and content are needed, and any draft flag is honoured.
/// </summary>
internal sealed record MessageColumns(
    int ConversationId, int Title, int From, int SenderUrl, int To, int RecipientUrls, int Date, int Subject, int Content, int Folder, int[] DraftFlags)
{
    public static MessageColumns Of(CsvHeader header) => new(
        header.IndexOf("CONVERSATION ID"),
        header.IndexOf("CONVERSATION TITLE"),
        header.IndexOf("FROM"),
        header.IndexOf("SENDER PROFILE URL"),
        header.IndexOf("TO"),
        header.IndexOf("RECIPIENT PROFILE URLS", "RECIPIENT PROFILE URL"),
        header.IndexOf("DATE"),
        header.IndexOf("SUBJECT"),
        header.IndexOf("CONTENT"),
        header.IndexOf("FOLDER"),
        header.Names.Select((name, index) => (name, index))
            .Where(c => c.name.Contains("DRAFT", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.index).ToArray());

    /// <summary>Whether the header has what a message needs: a sender, a date and content.</summary>
    public bool IsUsable => From >= 0 && Date >= 0 && Content >= 0;

    public MessageRow Read(string[] fields)
    {
        var folder = CsvHeader.Cell(fields, Folder);
        var isDraft = string.Equals(folder, "DRAFT", StringComparison.OrdinalIgnoreCase) || string.Equals(folder, "DRAFTS", StringComparison.OrdinalIgnoreCase)
            || DraftFlags.Any(i => CsvHeader.Cell(fields, i) is { } flag && (flag.Equals("yes", StringComparison.OrdinalIgnoreCase) || flag.Equals("true", StringComparison.OrdinalIgnoreCase)));
        var urls = CsvHeader.Cell(fields, RecipientUrls)?
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new MessageRow(
            CsvHeader.Cell(fields, ConversationId),
            CsvHeader.Cell(fields, Title),
            CsvHeader.Cell(fields, From),
            CsvHeader.Cell(fields, SenderUrl),
            CsvHeader.Cell(fields, To),
            urls,
            CsvHeader.Cell(fields, Date),
            CsvHeader.Cell(fields, Subject),
            fields.Length > Content && Content >= 0 ? fields[Content] : null,
            folder,
            isDraft);
    }
}
