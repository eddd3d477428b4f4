namespace Playbook.Engine.Events;

/// <summary>
/// The channel a contact and the user last wrote on, so that a reply goes where the conversation is: the channel of
/// the latest message, sent or received, that names one. A calendar brings meetings, not messages, so it never counts.
/// </summary>
public static class LastChannel
{
    /// <summary>Where meetings from a calendar come from; no message is written there.</summary>
    public const string Calendar = "calendar";

    /// <summary>
    /// The channel of the latest <c>message.sent</c> or <c>message.received</c> of <paramref name="history"/> at or
    /// before <paramref name="asOf"/> that has one (not <c>calendar</c>), in lower case; null when there is none.
    /// Of two messages at the same instant the one stored last wins.
    /// </summary>
    public static string? Of(IEnumerable<ContactEvent> history, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        ContactEvent? latest = null;
        foreach (var e in history)
        {
            if (e.Kind is not (EventKinds.MessageSent or EventKinds.MessageReceived) || e.At > asOf
                || string.IsNullOrWhiteSpace(e.Channel) || IsCalendar(e.Channel))
            {
                continue;
            }

            if (latest is null || e.At > latest.At || (e.At == latest.At && e.Id > latest.Id))
            {
                latest = e;
            }
        }

        return latest?.Channel!.Trim().ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="channel"/> names the calendar, in any case.</summary>
    public static bool IsCalendar(string channel) =>
        string.Equals(channel.Trim(), Calendar, StringComparison.OrdinalIgnoreCase);
}
