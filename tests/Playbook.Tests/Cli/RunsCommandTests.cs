using System.Security.Cryptography;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class RunsCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    private static string Version(string playbook) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "playbooks", playbook + ".yaml"))));

    [Fact]
    public async Task Runs_AfterMondaysRun_PrintsATableWithWhatEachRunWaitsFor()
    {
        await _cli.ImportAndRunAsync();

        var result = await _cli.RunAsync("runs");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines;
        Assert.Equal(21, lines.Length);
        Assert.Equal("ID  PLAYBOOK        CONTACT                   STATE    STEP  WAKE AT           VERSION       STARTED", lines[0]);
        Assert.Equal($"1   reply-received  Marta Jiménez Soler       done     -     -                 {Version("reply-received")[..12]}  2026-11-30 08:00Z", lines[1]);
        Assert.Equal($"5   welcome         Elena Moreno Díaz         waiting  wait  held by draft 1   {Version("welcome")[..12]}  2026-11-30 08:00Z", lines[5]);
        Assert.Equal($"19  welcome         Katarzyna Nowak           waiting  wait  held by draft 15  {Version("welcome")[..12]}  2026-11-30 08:00Z", lines[19]);
        Assert.Equal("19 runs", lines[20]);
    }

    [Fact]
    public async Task Runs_Json_PrintsEveryRunWithTheContractFields()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var runs = await _cli.JsonAsync("runs");

        Assert.Equal(19, runs.GetArrayLength());
        Assert.All(runs.EnumerateArray(), JsonContract.AssertRun);
        Assert.All(runs.EnumerateArray(), r => Assert.Equal(
            ["id", "playbook", "version", "contactId", "eventId", "state", "step", "wakeAt", "heldBy", "startedAt", "updatedAt", "reason"], r.Names()));
        var run = runs.EnumerateArray().Single(r => r.GetProperty("contactId").GetInt64() == elena);
        Assert.Equal(
            ("welcome", Version("welcome"), "waiting", "wait", 1L, "2026-11-30T08:00:00+00:00"),
            (run.GetProperty("playbook").GetString(), run.GetProperty("version").GetString(), run.GetProperty("state").GetString(),
                run.GetProperty("step").GetString(), run.GetProperty("heldBy").GetInt64(), run.GetProperty("startedAt").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, run.GetProperty("wakeAt").ValueKind);
    }

    [Fact]
    public async Task Runs_StateAndPlaybookAndContact_FilterTheList()
    {
        await _cli.ImportAndRunAsync();

        var done = await _cli.JsonAsync("runs", "--state", "done");
        var welcome = await _cli.JsonAsync("runs", "--playbook", "welcome", "--limit", "3");
        var lucia = await _cli.JsonAsync("runs", "--contact", CliTestData.Lucia);

        Assert.Equal(4, done.GetArrayLength());
        Assert.All(done.Strings("playbook"), p => Assert.Equal("reply-received", p));
        Assert.Equal(["welcome", "welcome", "welcome"], welcome.Strings("playbook"));
        Assert.Equal(["reply-received", "reply-received"], lucia.Strings("playbook"));
    }

    [Fact]
    public async Task Runs_UnknownState_ExitsTwo()
    {
        var result = await _cli.RunAsync("runs", "--state", "asleep");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("playbook: Argument 'asleep' not recognized. Must be one of: 'running', 'waiting', 'done', 'stopped', 'failed'\n", result.Error);
    }

    [Fact]
    public async Task Runs_EmptyStore_SaysSo()
    {
        var result = await _cli.RunAsync("runs");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No runs match.\n", result.Output);
    }

    [Fact]
    public async Task Journal_WelcomeRun_PrintsItsHeaderThenEveryEntry()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var result = await _cli.RunAsync("journal", "5");

        Assert.True(result.ExitCode == 0, result.ToString());
        var version = Version("welcome")[..12];
        Assert.Equal(
            [
                $"run 5: welcome for Elena Moreno Díaz (contact {elena}), version {version}, started 2026-11-30 08:00Z; it waits for draft 1",
                $"2026-11-30 08:00Z  -        started   started by invitation.received of 2026-11-16 12:03Z (event 223), version {version}",
                "2026-11-30 08:00Z  analyse  analysed  score 0.10; skill Shopify (position: Shopify)",
                "2026-11-30 08:00Z  low-fit  skipped   skipped: 'if' is false (analysis.IsLowFit)",
                "2026-11-30 08:00Z  welcome  drafted   draft 1 from 'welcome.es.liquid' for linkedin, 185 of 8000 characters; language: the invitation has no text; "
                    + "the contact has no location; the me-profile's first known language is Spanish ('Spanish')",
                "2026-11-30 08:00Z  wait     waiting   waiting for draft 1 to be marked sent ('playbook draft sent 1') or discarded",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task Journal_Json_PrintsTheEntriesInOrder()
    {
        await _cli.ImportAndRunAsync();

        var journal = await _cli.JsonAsync("journal", "5");

        Assert.Equal(["started", "analysed", "skipped", "drafted", "waiting"], journal.Strings("action"));
        Assert.Equal([null, "analyse", "low-fit", "welcome", "wait"], journal.Strings("step"));
        Assert.All(journal.EnumerateArray(), e =>
        {
            Assert.Equal(["id", "runId", "at", "step", "action", "message"], e.Names());
            Assert.Equal(5, e.GetProperty("runId").GetInt64());
            Assert.Equal("2026-11-30T08:00:00+00:00", e.GetProperty("at").GetString());
        });
    }

    [Fact]
    public async Task Journal_UnknownRun_ExitsOneAndSaysWhereToLook()
    {
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("journal", "99");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: no run '99' in the store; list them with 'playbook runs'\n", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
