using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.X;

/// <summary>
/// The messages of a direct-messages file (one-to-one or group). Each conversation item is one of <c>messageCreate</c>
/// (a message), <c>reactionCreate</c> (a reaction), <c>joinConversation</c>, <c>participantsJoin</c>,
/// <c>participantsLeave</c> (who is in a group), <c>conversationNameUpdate</c> and the like: only messages are kept,
/// the rest are counted by what they are. The owner's own messages in a group go on no one's timeline.
/// </summary>
internal static partial class XConversations
{
    /// <summary>Reasons an item of a conversation is left out, as the import's summary counts them.</summary>
    public const string Reactions = "reactions", Membership = "joins and leaves of a group", OtherEvents = "other conversation events",
        OwnGroupMessages = "your messages to groups", Repeated = "messages already read in this archive";

    /// <summary>
    /// The messages of <paramref name="root"/> (a file's array), oldest first; items left out are counted on
    /// <paramref name="tally"/>, and a message that cannot be read is skipped with its line in <paramref name="bytes"/>.
    /// </summary>
    public static List<XMessage> Read(JsonElement root, byte[] bytes, bool group, string ownerId, FileTally tally, HashSet<string> seen)
    {
        var messages = new List<XMessage>();
        if (root.ValueKind != JsonValueKind.Array)
        {
            tally.Skip(1, "holds no list of conversations; is it a direct-messages file of an X archive?");
            return messages;
        }

        foreach (var item in root.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("dmConversation", out var conversation)
                || conversation.ValueKind != JsonValueKind.Object)
            {
                tally.Skip(1, "an item that is not a conversation ('dmConversation') was left out");
                continue;
            }

            var conversationId = XDataFile.Text(conversation, "conversationId") ?? "";
            if (!conversation.TryGetProperty("messages", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var entry in items.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var property in entry.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "messageCreate":
                            Message(property.Value, conversationId, bytes, group, ownerId, tally, seen, messages);
                            break;
                        case "reactionCreate" or "reactionDelete":
                            tally.Ignore(Reactions);
                            break;
                        case "joinConversation" or "participantsJoin" or "participantsLeave":
                            tally.Ignore(Membership);
                            break;
                        default:
                            tally.Ignore(OtherEvents);
                            break;
                    }
                }
            }
        }

        messages.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Id, b.Id));
        return messages;
    }

    private static void Message(
        JsonElement message, string conversationId, byte[] bytes, bool group, string ownerId, FileTally tally, HashSet<string> seen, List<XMessage> messages)
    {
        var id = XDataFile.Id(message, "id");
        if (id is null)
        {
            tally.Skip(XDataFile.LineOf(bytes, "\"messageCreate\""), "a message without an id was left out");
            return;
        }

        var sender = XDataFile.Id(message, "senderId");
        if (XDataFile.Instant(message, "createdAt") is not { } at)
        {
            tally.Skip(LineOf(bytes, id), $"message {id}: its time '{XDataFile.Text(message, "createdAt")}' cannot be read; it was left out");
            return;
        }

        if (sender is null)
        {
            tally.Skip(LineOf(bytes, id), $"message {id} names no sender (senderId); it was left out");
            return;
        }

        // Reactions ride on the message they answer; they are not messages of their own.
        if (message.TryGetProperty("reactions", out var reactions) && reactions.ValueKind == JsonValueKind.Array)
        {
            foreach (var _ in reactions.EnumerateArray())
            {
                tally.Ignore(Reactions);
            }
        }

        if (!seen.Add(id))
        {
            tally.Ignore(Repeated);
            return;
        }

        var sent = sender == ownerId;
        string partner;
        if (group)
        {
            if (sent)
            {
                tally.Ignore(OwnGroupMessages);
                return;
            }

            partner = sender;
        }
        else if (sent)
        {
            var recipient = XDataFile.Id(message, "recipientId") is { } r && r != "0" ? r : OtherOf(conversationId, ownerId);
            if (recipient is null || recipient == ownerId)
            {
                tally.Skip(LineOf(bytes, id), $"message {id}: its recipient cannot be told (no recipientId); it was left out");
                return;
            }

            partner = recipient;
        }
        else
        {
            partner = sender;
        }

        var text = XDataFile.Text(message, "text");
        text = string.IsNullOrWhiteSpace(text) ? null : WebUtility.HtmlDecode(text).Trim();
        if (text is not null && HasMedia(message) && MediaLink().Replace(text, "").Trim().Length == 0)
        {
            // X writes a photo or video alone as its t.co link: the message has no text.
            text = null;
        }

        messages.Add(new XMessage(id, conversationId, sender, partner, sent, at.ToUniversalTime(), text));
    }

    /// <summary>The other member of a one-to-one conversation, from its id <c>owner-other</c> (in either order).</summary>
    private static string? OtherOf(string conversationId, string ownerId)
    {
        var parts = conversationId.Split('-');
        return parts.Length == 2 && parts.Contains(ownerId) ? parts.First(p => p != ownerId) is { Length: > 0 } other && other.All(char.IsAsciiDigit) ? other : null : null;
    }

    private static bool HasMedia(JsonElement message) =>
        message.TryGetProperty("mediaUrls", out var media) && media.ValueKind == JsonValueKind.Array && media.GetArrayLength() > 0;

    [GeneratedRegex(@"https://t\.co/\w+")]
    private static partial Regex MediaLink();

    private static long LineOf(byte[] bytes, string id) => XDataFile.LineOf(bytes, $"\"{id}\"");
}
