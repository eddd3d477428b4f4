using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class EventCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task EventAdd_At_LogsTheEventAtThatInstant()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("event", "add", "meeting", "--contact", CliTestData.Lucia, "--at", "2026-12-01T10:00:00+01:00", "--body", "Coffee at Lavapiés", "--json");

        Assert.Equal(0, result.ExitCode);
        var logged = result.Json();
        JsonContract.AssertEvent(logged);
        Assert.Equal("meeting", logged.GetProperty("kind").GetString());
        Assert.Equal("2026-12-01T09:00:00+00:00", logged.GetProperty("at").GetString());
        Assert.Equal("Coffee at Lavapiés", logged.GetProperty("body").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, logged.GetProperty("direction").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, logged.GetProperty("channel").ValueKind);
        var listed = await _cli.RunAsync("events", "--contact", CliTestData.Lucia, "--kind", "meeting", "--json");
        Assert.Equal(["Coffee at Lavapiés"], listed.Json().Strings("body"));
    }

    [Fact]
    public async Task EventAdd_WithoutAt_IsStampedWithNow()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("event", "add", "message.sent", "--contact", CliTestData.Lucia, "--now", "2026-11-30T08:00Z", "--json");

        var logged = result.Json();
        Assert.Equal("2026-11-30T08:00:00+00:00", logged.GetProperty("at").GetString());
        Assert.Equal("out", logged.GetProperty("direction").GetString());
        Assert.Equal("linkedin", logged.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task EventAdd_Text_SaysWhatWasLogged()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("event", "add", "note", "--contact", CliTestData.Lucia, "--now", "2026-11-30T08:00Z", "--body", "likes trail running");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Logged note for Lucía Peña at 2026-11-30 08:00 \(event \d+\)\n$", result.Output);
    }

    [Fact]
    public async Task EventAdd_Channel_IsKept()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("event", "add", "message.received", "--contact", CliTestData.Lucia, "--channel", "email", "--json");

        Assert.Equal("email", result.Json().GetProperty("channel").GetString());
        Assert.Equal("in", result.Json().GetProperty("direction").GetString());
    }

    public void Dispose() => _cli.Dispose();
}
