using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.Evaluation;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// Takes out of a calendar, before its occurrences are walked, the recurring series the walk could not take: one that
/// repeats more often than daily (a meeting every second up to the clock is millions of occurrences), and one whose
/// repeats the calendar library cannot work out up to the clock (an interval that jumps past the year 9999, a time
/// zone no one knows, an end before its start). Each is
/// counted as left out; every other series and event of the file is imported as usual.
/// </summary>
internal static class CalendarSeries
{
    public const string TooFrequent = "repeats more often than daily";
    public const string Unworkable = "repeats that cannot be worked out";

    /// <summary>The most occurrences of one series walked up to the clock: a daily meeting for over a hundred years.</summary>
    public const int MostOccurrences = 40_000;

    public const string TooMany = "more than 40,000 occurrences";

    public static void LeaveOutUnworkable(Ical.Net.Calendar calendar, DateTime limit, FileTally tally)
    {
        var leftOut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var series in calendar.Events.Where(e => e.RecurrenceIdentifier is null && e.RecurrenceRule is not null).ToList())
        {
            if (Problem(series, limit) is not { } problem)
            {
                continue;
            }

            tally.Ignore(problem);
            if (series.Uid is { } uid)
            {
                leftOut.Add(uid);
            }

            calendar.Children.Remove(series);
        }

        // The instances a series moved (RECURRENCE-ID) go with it.
        foreach (var moved in calendar.Events.Where(e => e.RecurrenceIdentifier is not null && e.Uid is { } uid && leftOut.Contains(uid)).ToList())
        {
            calendar.Children.Remove(moved);
        }
    }

    private static string? Problem(CalendarEvent series, DateTime limit)
    {
        if (series.RecurrenceRule!.Frequency is FrequencyType.Secondly or FrequencyType.Minutely or FrequencyType.Hourly)
        {
            return TooFrequent;
        }

        // An end after the clock ends nothing the walk reaches; one near the year 9999 is beyond what the library can
        // work out (some calendars write it for "no end").
        var rule = series.RecurrenceRule;
        if (rule.Until is { } end && end.AsUtc > limit)
        {
            rule.Until = null;
        }

        try
        {
            var count = 0;
            foreach (var occurrence in series.GetOccurrences(null, null))
            {
                if (occurrence.Period.StartTime.AsUtc > limit)
                {
                    return null;
                }

                if (++count > MostOccurrences)
                {
                    return TooMany;
                }
            }

            return null;
        }
        catch (Exception e) when (e is EvaluationException or ArgumentException)
        {
            return Unworkable;
        }
    }
}
