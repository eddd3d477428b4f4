namespace Playbook.Engine.Import.LinkedIn;

/// <summary>One row of messages.csv, cells trimmed, empty cells null.</summary>
internal sealed record MessageRow(
    string? ConversationId,
    string? Title,
    string? From,
    string? SenderUrl,
    string? To,
    IReadOnlyList<string> RecipientUrls,
    string? Date,
    string? Subject,
    string? Content,
    string? Folder,
    bool IsDraft);
