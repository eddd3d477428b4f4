namespace Playbook.Engine.Runtime;

/// <summary>
/// Which contacts' and events' work a command takes: everything, or what a <c>--contact</c> or <c>--event</c> names
/// (when both are given, what either names).
/// </summary>
/// <param name="Contacts">These contacts' runs, events and schedules; null when none are named.</param>
/// <param name="Events">These events, and the runs they started; null when none are named.</param>
internal sealed record RunScope(IReadOnlySet<long>? Contacts, IReadOnlySet<long>? Events)
{
    /// <summary>Everything.</summary>
    public static RunScope All { get; } = new(null, null);

    /// <summary>Whether the work of <paramref name="contactId"/> on <paramref name="eventId"/> (null for a schedule's) is in scope.</summary>
    public bool Takes(long contactId, long? eventId) =>
        (Contacts is null && Events is null)
        || Contacts?.Contains(contactId) == true
        || (eventId is { } id && Events?.Contains(id) == true);
}
