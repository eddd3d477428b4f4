namespace Playbook.Engine.Import.X;

/// <summary>One direct message of an archive, as the importer stores it.</summary>
/// <param name="Id">The message's id (digits, kept as text): the key that makes a re-import add nothing twice.</param>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="SenderId">Who wrote it.</param>
/// <param name="PartnerId">The contact it goes on: the sender, or for the owner's own messages in a one-to-one conversation the recipient.</param>
/// <param name="Sent">Whether the owner wrote it.</param>
/// <param name="At">When it was written.</param>
/// <param name="Text">What it says; null for a message with nothing but a photo or a video.</param>
internal sealed record XMessage(string Id, string ConversationId, string SenderId, string PartnerId, bool Sent, DateTimeOffset At, string? Text);
