using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class ReplayCommandTests : IDisposable
{
    // Every invitation of the example was answered by hand the day after it came, so at the replay's pass (the
    // midnight after it) none is answered yet: 31 invitations, 31 welcomes. Twelve inviters replied within the week
    // that follows, which ends the wait; the 9 others whose week was over by 2026-11-30 got a nudge and a task to
    // propose a call (done); the last 10 still wait. Each of the 33 replies reminds to propose a call.
    private static readonly string[] Months =
    [
        "drafts per month:",
        "  2023-02     1",
        "  2024-06     1",
        "  2025-03     1",
        "  2026-08     1",
        "  2026-09     2",
        "  2026-10     6",
        "  2026-11    28",
    ];

    private const string Span = "replayed 2023-02-14 to 2026-11-29 in 55 daily passes, in a throwaway store (nothing was kept)";
    private const string Welcome = "welcome: 31 runs, 40 drafts, 9 tasks, 11 ended by a reply, 20 done, 10 waiting, 1 stopped, 0 failed";

    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Replay_ExampleZip_PrintsTotalsPerPlaybookAndDraftsPerMonth()
    {
        var result = await _cli.RunAsync("replay", RepoPaths.ExampleZip);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                Span,
                "after-meeting: 0 runs, 0 drafts, 0 tasks, 0 ended by a reply, 0 done, 0 waiting, 0 stopped, 0 failed",
                "keep-in-touch: 0 runs, 0 drafts, 0 tasks, 0 ended by a reply, 0 done, 0 waiting, 0 stopped, 0 failed",
                "met-at-event: 0 runs, 0 drafts, 0 tasks, 0 ended by a reply, 0 done, 0 waiting, 0 stopped, 0 failed",
                "reply-received: 32 runs, 0 drafts, 32 tasks, 0 ended by a reply, 32 done, 0 waiting, 0 stopped, 0 failed",
                Welcome,
                .. Months,
            ],
            result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Replay_ExampleZip_LeavesTheUsersStoreAndNoTempFolderBehind()
    {
        var db = Path.Combine(_cli.Folder.Path, "mine.db");
        var before = ReplayFolders();

        var result = await _cli.RunAsync("replay", RepoPaths.ExampleZip, "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(db));
        Assert.False(File.Exists(_cli.DefaultDatabase));
        Assert.Empty(ReplayFolders().Except(before));
    }

    [Fact]
    public async Task Replay_Json_PrintsTheFiguresAndEveryDraft()
    {
        var result = await _cli.RunAsync("replay", RepoPaths.ExampleZip, "--playbook", "welcome", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal("2023-02-14T16:20:00+00:00", json.GetProperty("since").GetString());
        Assert.Equal("2026-11-29T10:47:00+00:00", json.GetProperty("until").GetString());
        Assert.Equal("2023-02-15T00:00:00+00:00", json.GetProperty("from").GetString());
        Assert.Equal("2026-11-30T00:00:00+00:00", json.GetProperty("to").GetString());
        Assert.Equal(55, json.GetProperty("passes").GetInt32());
        var welcome = Assert.Single(json.GetProperty("playbooks").EnumerateArray());
        Assert.Equal(
            """{"name":"welcome","runs":31,"drafts":40,"tasks":9,"endedByReply":11,"done":20,"waiting":10,"stopped":1,"failed":0}""",
            JsonSerializer.Serialize(welcome));
        Assert.Equal(
            [("2023-02", 1), ("2024-06", 1), ("2025-03", 1), ("2026-08", 1), ("2026-09", 2), ("2026-10", 6), ("2026-11", 28)],
            json.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString(), m.GetProperty("drafts").GetInt32())));
        var drafts = json.GetProperty("drafts");
        Assert.Equal(40, drafts.GetArrayLength());
        Assert.Equal(31, drafts.Strings("step").Count(s => s == "welcome"));
        Assert.Equal(9, drafts.Strings("step").Count(s => s == "nudge"));
        var first = drafts[0];
        Assert.Equal(
            ["contactId", "contact", "playbook", "step", "createdAt", "language", "body"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Anneke de Vries", first.GetProperty("contact").GetString());
        Assert.Equal("welcome", first.GetProperty("playbook").GetString());
        Assert.Equal("2023-02-15T00:00:00+00:00", first.GetProperty("createdAt").GetString());
        Assert.Contains("Anneke", first.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_PlaybookWelcome_ReplaysOnlyThatPlaybook()
    {
        var result = await _cli.RunAsync("replay", RepoPaths.ExampleZip, "--playbook", "welcome");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([Span, Welcome, .. Months], result.OutputLines);
    }

    [Fact]
    public async Task Replay_MissingPath_ExitsOneWithTheImportersMessage()
    {
        var missing = Path.Combine(_cli.Folder.Path, "nope.zip");

        var result = await _cli.RunAsync("replay", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal([$"{missing}: no such file or folder; pass the LinkedIn export zip as downloaded, or the folder it unpacks to"], result.ErrorLines);
        Assert.False(File.Exists(_cli.DefaultDatabase));
    }

    [Fact]
    public async Task Replay_UnknownPlaybook_ExitsOneWithASuggestion()
    {
        var result = await _cli.RunAsync("replay", RepoPaths.ExampleZip, "--playbook", "welcom");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["playbook: unknown playbook 'welcom'. Did you mean 'welcome'?; list them with 'playbook playbooks'"], result.ErrorLines);
    }

    public void Dispose() => _cli.Dispose();

    private static HashSet<string> ReplayFolders() =>
        [.. Directory.EnumerateDirectories(Path.GetTempPath(), "playbook-replay-*")];
}
