namespace Playbook.Tests.Views;

[Collection(DeskTests.Name)]
public sealed class DeskPlannedMeetingTests
{
    [Fact]
    public void ImportAsync_CalendarWithAMeetingTomorrow_PutsItsReminderOnToday()
    {
        using var desk = new DeskHarness();
        var ics = Path.Combine(Path.GetDirectoryName(desk.DatabasePath)!, "work.ics");
        File.WriteAllText(ics,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:coffee-irene@example.com\r\n"
            + "DTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\nSUMMARY:Coffee with Irene\r\n"
            + "ORGANIZER:mailto:ana@example.com\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:irene.castano@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        var report = desk.Wait(desk.Session.ImportAsync(ics));

        Assert.Equal((1, 1), (Assert.Single(report.Files).Added, report.Files[0].Planned));
        desk.Session.Today(); // the Today read ahead when the desk opened, before the import
        var task = Assert.Single(desk.Session.Today().Tasks, t => t.RunId is null);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), task.DueAt);
        Assert.StartsWith("Meeting with Irene Castaño tomorrow, ", task.Text, StringComparison.Ordinal);
        Assert.Contains("— Coffee with Irene. ", task.Text, StringComparison.Ordinal);
    }
}
