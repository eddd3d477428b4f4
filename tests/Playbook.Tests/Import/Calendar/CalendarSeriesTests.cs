using Playbook.Engine.Events;
using Playbook.Engine.Import.Calendar;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Calendar;

public sealed class CalendarSeriesTests
{
    private static string Series(string uid, string start, string rule) => $"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTART:{start}
        DTEND:{start[..9]}235900Z
        RRULE:{rule}
        SUMMARY:{uid}
        ATTENDEE;CN=Ana García:mailto:ana.garcia@example.com
        END:VEVENT

        """;

    private static string Calendar(TestStore test, params string[] series)
    {
        var path = Path.Combine(test.Folder.Path, "series.ics");
        File.WriteAllText(path, "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + string.Concat(series) + "END:VCALENDAR\n");
        return path;
    }

    [Fact]
    public void Import_SeriesTheWalkCannotTake_LeavesEachOutAndImportsTheRest()
    {
        using var test = new TestStore();
        var ana = test.AddContact("Ana", "García", email: "ana.garcia@example.com");
        var start = test.Clock.GetUtcNow().AddDays(-3).UtcDateTime.ToString("yyyyMMdd'T'090000'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var path = Calendar(
            test,
            Series("every-second", start, "FREQ=SECONDLY"),
            Series("hourly", start, "FREQ=HOURLY;COUNT=5"),
            Series("past-9999", start, "FREQ=DAILY;INTERVAL=2147483647"),
            Series("daily-to-9999", start, "FREQ=DAILY;UNTIL=99991231T235959Z"));

        var file = new CalendarImporter(test.Store).Import([path]).Files.Single();

        Assert.Null(file.Error);
        Assert.Equal(2, file.Ignored[CalendarSeries.TooFrequent]);
        Assert.Equal(1, file.Ignored[CalendarSeries.Unworkable]);
        Assert.Equal(["daily-to-9999"], test.Store.Events.List(ana, EventKinds.Meeting).Select(e => e.Body).Distinct());
        Assert.Equal(3, file.Added);
    }

    [Fact]
    public void Import_IntervalTooLargeForAnInteger_FailsTheFileNamingWhy()
    {
        using var test = new TestStore();
        var path = Calendar(test, Series("huge", "20260101T090000Z", "FREQ=DAILY;INTERVAL=99999999999"));

        var file = new CalendarImporter(test.Store).Import([path]).Files.Single();

        Assert.StartsWith("cannot be read as a calendar (Value was either too large or too small", file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TimeZoneNoOneKnows_LeavesItsSeriesOutAndFailsTheFileOfItsOneOffEventNamingWhy()
    {
        using var test = new TestStore();
        test.AddContact("Ana", "García", email: "ana.garcia@example.com");
        var series = Calendar(test, Series("weekly", "20261102T090000Z", "FREQ=WEEKLY")
            .Replace("DTSTART:20261102T090000Z", "DTSTART;TZID=Nowhere/Land:20261102T090000", StringComparison.Ordinal)
            .Replace("DTEND:20261102T235900Z", "DTEND;TZID=Nowhere/Land:20261102T100000", StringComparison.Ordinal));
        var oneOff = Path.Combine(test.Folder.Path, "one-off.ics");
        File.WriteAllText(oneOff, """
            BEGIN:VCALENDAR
            VERSION:2.0
            BEGIN:VEVENT
            UID:one
            DTSTART;TZID=Nowhere/Land:20261102T090000
            SUMMARY:Coffee
            ATTENDEE:mailto:ana.garcia@example.com
            END:VEVENT
            END:VCALENDAR

            """);

        var files = new CalendarImporter(test.Store).Import([series, oneOff]).Files;

        Assert.Equal(1, files[0].Ignored[CalendarSeries.Unworkable]);
        Assert.Equal("cannot be read as a calendar (Unrecognized time zone id Nowhere/Land (Parameter 'tzId')); nothing of it was imported", files[1].Error);
        Assert.Empty(test.Store.Events.List(kind: EventKinds.Meeting));
    }
}
