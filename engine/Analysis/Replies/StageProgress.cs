using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>
/// Where a contact's history puts them, so stages move on by themselves: <c>contacted</c> after a message sent to
/// them; <c>replied</c> after a reply (a received message that is not automatic); <c>conversation</c> after an engaged
/// reply, or enough messages each way within a window (a brush-off alone is not a conversation); <c>meeting</c> and
/// <c>collaboration</c> from those events. Never backwards, and a contact set <c>dormant</c> by hand stays so.
/// </summary>
public static class StageProgress
{
    private static readonly string[] Order = [Stages.New, Stages.Contacted, Stages.Replied, Stages.Conversation, Stages.Meeting, Stages.Collaboration];

    /// <summary>The stage <paramref name="history"/> (oldest first) reaches beyond <paramref name="current"/>, or null when it stays.</summary>
    public static string? Next(string current, IReadOnlyList<ContactEvent> history, ConversationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var at = Array.IndexOf(Order, current);
        if (at < 0)
        {
            return null;
        }

        return Next(current, Reached(history, settings));
    }

    /// <summary><paramref name="reached"/> when it is beyond <paramref name="current"/> (never back; dormant stays), else null.</summary>
    public static string? Next(string current, string reached)
    {
        var at = Array.IndexOf(Order, current);
        return at >= 0 && Array.IndexOf(Order, reached) > at ? reached : null;
    }

    private static string Reached(IReadOnlyList<ContactEvent> history, ConversationSettings settings)
    {
        if (history.Any(e => e.Kind == EventKinds.Collaboration))
        {
            return Stages.Collaboration;
        }

        if (history.Any(e => e.Kind == EventKinds.Meeting))
        {
            return Stages.Meeting;
        }

        var replies = history.Where(e => e.Kind == EventKinds.MessageReceived && e.Classification != ReplyLabels.Auto).ToList();
        if (replies.Any(e => e.Classification == ReplyLabels.Engaged) || BackAndForth(history, settings))
        {
            return Stages.Conversation;
        }

        if (replies.Count > 0)
        {
            return Stages.Replied;
        }

        return history.Any(e => e.Kind == EventKinds.MessageSent) ? Stages.Contacted : Stages.New;
    }

    /// <summary>
    /// Whether some window of <see cref="ConversationSettings.Window"/> in <paramref name="history"/> holds enough
    /// messages each way (brush-offs, negative and automatic replies do not count).
    /// </summary>
    public static bool BackAndForth(IReadOnlyList<ContactEvent> history, ConversationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var messages = history
            .Where(e => e.Kind == EventKinds.MessageSent
                || e.Kind == EventKinds.MessageReceived && e.Classification is not (ReplyLabels.Auto or ReplyLabels.BrushOff or ReplyLabels.Negative))
            .OrderBy(e => e.At)
            .ToList();
        // A window slides over the messages by time, counting each way as messages enter and leave it.
        var (sent, received, first) = (0, 0, 0);
        foreach (var message in messages)
        {
            (sent, received) = Count(message, sent, received, +1);
            while (message.At - messages[first].At > settings.Window)
            {
                (sent, received) = Count(messages[first++], sent, received, -1);
            }

            if (sent >= settings.MessagesEachWay && received >= settings.MessagesEachWay)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Sent, int Received) Count(ContactEvent message, int sent, int received, int by) =>
        message.Kind == EventKinds.MessageSent ? (sent + by, received) : (sent, received + by);
}
