using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class ImportCalendarCommandTests : IDisposable
{
    private const string Now = "2026-11-30T08:00Z";

    private readonly CliSandbox _cli = new();

    private static string Fixture(string name) => RepoPaths.Fixture(Path.Combine("calendar", name));

    private async Task AddContactsAsync()
    {
        var cards = _cli.Folder.Write("people.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nN:García;Ana;;;\r\nEMAIL:ana.garcia@example.com\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nN:Okafor;Ben;;;\r\nEMAIL:ben@okafor.example\r\nEND:VCARD\r\n");
        var added = await _cli.RunAsync("import", "vcard", cards, "--now", Now);
        Assert.True(added.ExitCode == 0, added.ToString());
    }

    [Fact]
    public async Task ImportCalendar_GoogleCalendar_PrintsWhatItAddedAndLeftOut()
    {
        await AddContactsAsync();

        var result = await _cli.RunAsync("import", "calendar", Fixture("google-owner.ics"), "--now", Now);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [$"{Fixture("google-owner.ics")}: 6 added, 0 updated, 0 unchanged, 0 skipped (1 planned, still to come; left out: all-day with nobody 2, the owner 8, cancelled 2, room or resource 1, declined by the contact 1, attendee not a contact 1)"],
            result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task ImportCalendar_Meetings_AreEventsOnChannelCalendar()
    {
        await AddContactsAsync();
        await _cli.RunAsync("import", "calendar", Fixture("outlook-romance.ics"), "--now", Now);

        var result = await _cli.RunAsync("events", "--kind", "meeting", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var meetings = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(6, meetings.Count);
        Assert.All(meetings, m => Assert.Equal("calendar", m.GetProperty("channel").GetString()));
        Assert.Contains(meetings, m => m.GetProperty("at").GetString() == "2026-04-02T08:00:00+00:00" && m.GetProperty("body").GetString() == "Weekly sync with Ben");
    }

    [Fact]
    public async Task ImportCalendar_FileThatIsNoCalendar_ExitsOneNamingItAndImportsTheOthers()
    {
        await AddContactsAsync();

        var result = await _cli.RunAsync("import", "calendar", Fixture("not-a-calendar.ics"), Fixture("outlook-romance.ics"), "--now", Now);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{Fixture("not-a-calendar.ics")}: is not an iCalendar file (it has no BEGIN:VCALENDAR line); export the calendar again as .ics"],
            result.ErrorLines);
        Assert.Equal([$"{Fixture("outlook-romance.ics")}: 6 added, 0 updated, 0 unchanged, 0 skipped (left out: attendee not a contact 6)"], result.OutputLines);
    }

    [Fact]
    public async Task ImportCalendar_TruncatedFile_ExitsZeroAndListsTheCutWithItsLine()
    {
        await AddContactsAsync();

        var result = await _cli.RunAsync("import", "calendar", Fixture("truncated.ics"), "--now", Now);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [$"{Fixture("truncated.ics")}(21): the file ends inside this VEVENT (no END:VEVENT); it and anything after it were left out; row skipped"],
            result.ErrorLines);
    }

    [Fact]
    public async Task ImportCalendar_MeetingStillToCome_IsPlannedWithATaskAndCountsAfterTheFirstTickPastIt()
    {
        await AddContactsAsync();
        var start = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

        var imported = await _cli.RunAsync("import", "calendar", Fixture("planned.ics"), "--now", Now);
        var stageBefore = await StageOfAnaAsync(Now);
        var tasks = await _cli.RunAsync("tasks", "--json", "--now", Now);
        var ticked = await _cli.RunAsync("tick", "--now", "2026-12-03T10:00Z");
        var stageAfter = await StageOfAnaAsync("2026-12-03T10:00Z");

        Assert.Equal([$"{Fixture("planned.ics")}: 1 added, 0 updated, 0 unchanged, 0 skipped (1 planned, still to come; left out: the owner 1)"], imported.OutputLines);
        Assert.Equal("new", stageBefore);
        using var json = JsonDocument.Parse(tasks.Output);
        var task = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("2026-12-02T09:00:00+00:00", task.GetProperty("dueAt").GetString());
        Assert.Equal(JsonValueKind.Null, task.GetProperty("runId").ValueKind);
        var local = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.Local);
        Assert.StartsWith(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Meeting with Ana García tomorrow, {local:ddd d MMM HH:mm} ({TimeZoneInfo.Local.Id}) — Roadmap review. "),
            task.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(ticked.ExitCode == 0, ticked.ToString());
        Assert.Equal("meeting", stageAfter);
    }

    private async Task<string?> StageOfAnaAsync(string now)
    {
        var shown = await _cli.RunAsync("contacts", "--json", "--now", now);
        using var json = JsonDocument.Parse(shown.Output);
        return json.RootElement.EnumerateArray().Single(c => c.GetProperty("firstName").GetString() == "Ana").GetProperty("stage").GetString();
    }

    [Fact]
    public async Task ImportCalendar_LineWithTerminalControls_IsQuotedWithTheirCodesOnOneLine()
    {
        // A line that does not parse is quoted in the problem: its escape sequences must not reach the terminal as such.
        var path = _cli.Folder.Write("hostile.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n\u001b]0;owned\u0007\u001b[2J\rgone\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        var result = await _cli.RunAsync("import", "calendar", path, "--now", Now);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{path}: cannot be read as a calendar (", line, StringComparison.Ordinal);
        Assert.Contains("'\\x1B]0;owned\\x07\\x1B[2J'", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
    }

    public void Dispose() => _cli.Dispose();
}
