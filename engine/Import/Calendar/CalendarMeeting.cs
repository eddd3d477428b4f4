using Ical.Net.DataTypes;

namespace Playbook.Engine.Import.Calendar;

/// <summary>One occurrence of a calendar event that took place, with who was asked to it.</summary>
/// <param name="Key">The event's UID, and for a recurring one the occurrence's original start: what identifies it in every calendar.</param>
/// <param name="Start">When it started, in UTC.</param>
/// <param name="Summary">Its title, or null.</param>
/// <param name="Attendees">Its attendees, the organizer among them.</param>
internal sealed record CalendarMeeting(string Key, DateTimeOffset Start, string? Summary, IReadOnlyList<Attendee> Attendees);
