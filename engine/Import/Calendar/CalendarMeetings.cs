using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// The occurrences of a calendar's events up to a moment, as meetings: recurring series expanded (RRULE, RDATE,
/// EXDATE, instances moved by RECURRENCE-ID), in their time zones (VTIMEZONE blocks, IANA and Windows names);
/// one-off events after that moment as planned meetings; cancelled events and instances, and events nobody was asked
/// to, are counted as left out.
/// </summary>
internal static class CalendarMeetings
{
    public static IEnumerable<CalendarMeeting> Of(Ical.Net.Calendar calendar, DateTimeOffset until, FileTally tally)
    {
        var masters = calendar.Events.Where(e => e.RecurrenceIdentifier is null && e.Uid is not null)
            .GroupBy(e => e.Uid!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var limit = until.UtcDateTime;
        CalendarSeries.LeaveOutUnworkable(calendar, limit, tally);
        foreach (var planned in Planned(calendar, masters, limit, tally))
        {
            yield return planned;
        }

        // Occurrences come in order of start, so the first one past the clock ends the walk (series may never end).
        foreach (var occurrence in calendar.GetOccurrences<CalendarEvent>(null, null).TakeWhile(o => o.Period.StartTime.AsUtc <= limit))
        {
            var calendarEvent = (CalendarEvent)occurrence.Source;
            var master = calendarEvent.Uid is { } uid ? masters.GetValueOrDefault(uid) : null;
            if (string.Equals(calendarEvent.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase)
                || (master is not null && string.Equals(master.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase)))
            {
                tally.Ignore(CalendarLeftOut.Cancelled);
                if (!IsRecurring(calendarEvent, master))
                {
                    yield return new CalendarMeeting(KeyOf(calendarEvent, master, occurrence.Period.StartTime), default, calendarEvent.Summary, []) { Cancelled = true };
                }

                continue;
            }

            var attendees = Attendees(calendarEvent.Attendees.OfType<Attendee>().Any() || master is null ? calendarEvent : master);
            if (attendees.Count == 0)
            {
                tally.Ignore(calendarEvent.IsAllDay ? CalendarLeftOut.AllDayAlone : CalendarLeftOut.Nobody);
                continue;
            }

            var start = occurrence.Period.StartTime;
            var key = KeyOf(calendarEvent, master, start);
            yield return new CalendarMeeting(key, new DateTimeOffset(DateTime.SpecifyKind(start.AsUtc, DateTimeKind.Utc)), calendarEvent.Summary, attendees);
        }
    }

    /// <summary>
    /// The one-off events that start after <paramref name="limit"/>: planned meetings, or cancelled ones (which take
    /// back what an earlier import recorded as planned). A recurring series has no planned occurrence: each is recorded
    /// once it has taken place.
    /// </summary>
    private static IEnumerable<CalendarMeeting> Planned(
        Ical.Net.Calendar calendar, Dictionary<string, CalendarEvent> masters, DateTime limit, FileTally tally)
    {
        foreach (var calendarEvent in calendar.Events)
        {
            var master = calendarEvent.Uid is { } uid ? masters.GetValueOrDefault(uid) : null;
            if (calendarEvent.DtStart is not { } start || start.AsUtc <= limit || IsRecurring(calendarEvent, master))
            {
                continue;
            }

            var key = KeyOf(calendarEvent, master, start);
            if (string.Equals(calendarEvent.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase))
            {
                tally.Ignore(CalendarLeftOut.Cancelled);
                yield return new CalendarMeeting(key, default, calendarEvent.Summary, []) { Cancelled = true };
                continue;
            }

            var attendees = Attendees(calendarEvent);
            if (attendees.Count == 0)
            {
                tally.Ignore(calendarEvent.IsAllDay ? CalendarLeftOut.AllDayAlone : CalendarLeftOut.Nobody);
                continue;
            }

            yield return new CalendarMeeting(key, new DateTimeOffset(DateTime.SpecifyKind(start.AsUtc, DateTimeKind.Utc)), calendarEvent.Summary, attendees)
            {
                Planned = true,
            };
        }
    }

    /// <summary>
    /// The UID alone for a one-off event (moved in the calendar, it stays one meeting); the UID and the occurrence's
    /// original start in a series. An event with no UID is named by its start and summary.
    /// </summary>
    private static string KeyOf(CalendarEvent calendarEvent, CalendarEvent? master, CalDateTime start)
    {
        var uid = calendarEvent.Uid ?? string.Create(CultureInfo.InvariantCulture, $"{start.AsUtc:O}|{calendarEvent.Summary}");
        if (!IsRecurring(calendarEvent, master))
        {
            return uid;
        }

        var original = calendarEvent.RecurrenceIdentifier?.StartTime ?? start;
        return string.Create(CultureInfo.InvariantCulture, $"{uid}|{original.AsUtc:yyyyMMdd'T'HHmmss'Z'}");
    }

    private static bool IsRecurring(CalendarEvent calendarEvent, CalendarEvent? master) =>
        calendarEvent.RecurrenceIdentifier is not null || calendarEvent.RecurrenceRule is not null || calendarEvent.RecurrenceDates.GetAllDates().Any()
        || (master is not null && master.RecurrenceRule is not null);

    /// <summary>The event's attendees, and its organizer when not among them (an organizer is at their own meeting).</summary>
    private static List<Attendee> Attendees(CalendarEvent calendarEvent)
    {
        // An attendee line the reader could not make sense of comes back as null: it names nobody.
        var attendees = calendarEvent.Attendees.OfType<Attendee>().ToList();
        if (calendarEvent.Organizer?.Value is { } organizer && attendees.Count > 0
            && !attendees.Any(a => string.Equals(CalendarPeople.EmailOf(a.Value?.OriginalString), CalendarPeople.EmailOf(organizer.OriginalString), StringComparison.Ordinal)))
        {
            attendees.Add(new Attendee(organizer) { ParticipationStatus = "ACCEPTED" });
        }

        return attendees;
    }
}
