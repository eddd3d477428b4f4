using Ical.Net.DataTypes;

namespace Playbook.Engine.Import.Calendar;

/// <summary>One occurrence of a calendar event, with who was asked to it.</summary>
/// <param name="Key">The event's UID, and for a recurring one the occurrence's original start: what identifies it in every calendar.</param>
/// <param name="Start">When it starts, in UTC.</param>
/// <param name="Summary">Its title, or null.</param>
/// <param name="Attendees">Its attendees, the organizer among them.</param>
internal sealed record CalendarMeeting(string Key, DateTimeOffset Start, string? Summary, IReadOnlyList<Attendee> Attendees)
{
    /// <summary>A one-off event still to come at the clock: recorded as planned.</summary>
    public bool Planned { get; init; }

    /// <summary>
    /// A one-off event the calendar marks cancelled: it brings no meeting, and takes back one recorded as planned
    /// before it was cancelled.
    /// </summary>
    public bool Cancelled { get; init; }
}
