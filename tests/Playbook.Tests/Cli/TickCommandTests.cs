using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.Cli;

public sealed class TickCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Tick_AWeekAfterTheDraftWasSent_NudgesTheContactWhoNeverAnswered()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T09:00Z");

        var result = await _cli.RunAsync("tick", "--now", "2026-12-07T10:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["1 run resumed, 1 draft, 0 tasks, 1 waiting, 0 done, 0 stopped, 0 failed"], result.OutputLines);
        var nudge = (await _cli.JsonAsync("drafts", "--contact", Id(elena))).EnumerateArray().Single();
        Assert.Equal(
            (16L, "welcome", "nudge", "2026-12-07T10:00:00+00:00"),
            (nudge.GetProperty("id").GetInt64(), nudge.GetProperty("playbook").GetString(), nudge.GetProperty("step").GetString(), nudge.GetProperty("createdAt").GetString()));
        Assert.StartsWith("Hola Elena, te escribo de nuevo", nudge.GetProperty("body").GetString(), StringComparison.Ordinal);
        var run = (await _cli.JsonAsync("runs", "--contact", Id(elena))).EnumerateArray().Single();
        Assert.Equal(("waiting", "call", 16L), (run.GetProperty("state").GetString(), run.GetProperty("step").GetString(), run.GetProperty("heldBy").GetInt64()));
    }

    [Fact]
    public async Task Tick_ContactRepliedAfterTheDraftWasSent_EndsTheRunWithNothingMore()
    {
        await _cli.ImportAndRunAsync();
        var pablo = await _cli.ContactIdAsync("Pablo Serrano Gil");
        await _cli.RunAsync("draft", "sent", "2", "--now", "2026-11-30T09:00Z");
        var reply = await _cli.RunAsync("event", "add", "message.received", "--contact", Id(pablo), "--at", "2026-12-02T10:00Z", "--body", "¡Gracias, Ana! Hablamos el jueves.", "--now", "2026-12-02T10:00Z");
        Assert.True(reply.ExitCode == 0, reply.ToString());

        var result = await _cli.RunAsync("tick", "--now", "2026-12-07T10:00Z");

        Assert.Equal(["1 run resumed, 0 drafts, 0 tasks, 0 waiting, 1 done, 0 stopped, 0 failed"], result.OutputLines);
        Assert.Equal("[]\n", (await _cli.RunAsync("drafts", "--contact", Id(pablo), "--json")).Output);
        var run = (await _cli.JsonAsync("runs", "--playbook", "welcome", "--contact", Id(pablo))).EnumerateArray().Single();
        Assert.Equal("done", run.GetProperty("state").GetString());
        var journal = await _cli.RunAsync("journal", run.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            [
                "2026-12-07 10:00Z  wait     woke      Pablo Serrano Gil replied on 2026-12-02 10:00Z",
                "2026-12-07 10:00Z  -        done      the wait ended it: the run ends here",
            ],
            journal.OutputLines[^2..]);
    }

    [Fact]
    public async Task Tick_BeforeTheWeekIsOver_DoesNothing()
    {
        await _cli.ImportAndRunAsync();
        await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T09:00Z");

        var result = await _cli.RunAsync("tick", "--now", "2026-12-07T08:59Z");

        Assert.Equal(["0 runs resumed, 0 drafts, 0 tasks, 0 waiting, 0 done, 0 stopped, 0 failed"], result.OutputLines);
        Assert.Equal(14, (await _cli.JsonAsync("drafts")).GetArrayLength());
    }

    [Fact]
    public async Task Tick_Json_PrintsTheReportAsOneObject()
    {
        await _cli.ImportAndRunAsync();
        await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T09:00Z");

        var report = await _cli.JsonAsync("tick", "--now", "2026-12-07T10:00Z");

        Assert.Equal(
            (false, 0, 0, 1, 1, 0, 1, 0),
            (report.GetProperty("dryRun").GetBoolean(), report.GetProperty("eventsConsidered").GetInt32(), report.GetProperty("runsStarted").GetInt32(),
                report.GetProperty("runsResumed").GetInt32(), report.GetProperty("drafts").GetInt32(), report.GetProperty("tasks").GetInt32(),
                report.GetProperty("waiting").GetInt32(), report.GetProperty("failed").GetInt32()));
    }

    [Fact]
    public async Task Tick_PlaybookBrokenUnderAWaitingRun_HoldsTheRunSaysWhyAndExitsOne()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("mine");
        const string Later = "schema: 1\nname: later\non: invitation.received\nmax_age: 14d\nsteps:\n  - { id: pause, wait: 1d }\n  - { id: mark, tag: later }\n";
        var file = _cli.Folder.Write("mine/later.yaml", Later);
        await _cli.RunAsync("run", "--playbook", "later", "--playbooks", folder, "--now", Monday);
        File.WriteAllText(file, Later.Replace("max_age: 14d", "max_age: 14d\nwhen: contact.Compnay != null", StringComparison.Ordinal));

        var result = await _cli.RunAsync("tick", "--playbooks", folder, "--now", "2026-12-01T09:00Z");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("playbook: not run because of these problems: later (see 'playbook check')", result.ErrorLines[^1]);
        Assert.Equal(
            [
                "0 runs resumed, 0 drafts, 0 tasks, 0 waiting, 0 done, 0 stopped, 0 failed",
                "held: 15 runs of playbooks that do not run now; see 'playbook check'",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task TickDryRun_AWeekAfterTheDraftWasSent_ShowsTheNudgeAndKeepsNothing()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T09:00Z");

        var preview = await _cli.RunAsync("tick", "--dry-run", "--now", "2026-12-07T10:00Z");

        Assert.True(preview.ExitCode == 0, preview.ToString());
        Assert.Contains("Elena Moreno Díaz (contact " + Id(elena) + ")", preview.OutputLines);
        Assert.Contains(preview.OutputLines, l => l.Contains("Hola Elena, te escribo de nuevo", StringComparison.Ordinal));
        Assert.Equal("dry run, nothing was kept: 1 run resumed, 1 draft, 0 tasks, 1 waiting, 0 done, 0 stopped, 0 failed", preview.OutputLines[^1]);
        Assert.Single((await _cli.JsonAsync("drafts", "--status", "all", "--contact", Id(elena))).EnumerateArray());
        var run = (await _cli.JsonAsync("runs", "--contact", Id(elena))).EnumerateArray().Single();
        Assert.Equal(("waiting", "wait"), (run.GetProperty("state").GetString(), run.GetProperty("step").GetString()));
        var tick = await _cli.RunAsync("tick", "--now", "2026-12-07T10:00Z");
        Assert.Equal(["1 run resumed, 1 draft, 0 tasks, 1 waiting, 0 done, 0 stopped, 0 failed"], tick.OutputLines);
    }

    [Fact]
    public async Task TickDryRun_ScheduleDue_PreviewsItsTaskAsOfTheClockAndKeepsNothing()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        await _cli.RunAsync("contacts", "tag", Id(elena), "close", "--now", Monday);

        var early = await _cli.JsonAsync("tick", "--dry-run", "--now", "2027-01-15T08:00Z");
        var due = await _cli.JsonAsync("tick", "--dry-run", "--now", "2027-06-01T08:00Z");

        Assert.Equal(0, early.GetProperty("runsStarted").GetInt32());
        Assert.True(due.GetProperty("dryRun").GetBoolean());
        var trace = due.GetProperty("traces").EnumerateArray().Single(t => t.GetProperty("run").GetProperty("playbook").GetString() == "keep-in-touch");
        Assert.Equal(elena, trace.GetProperty("run").GetProperty("contactId").GetInt64());
        Assert.Single(trace.GetProperty("tasks").EnumerateArray());
        Assert.Empty((await _cli.JsonAsync("runs", "--playbook", "keep-in-touch")).EnumerateArray());
        Assert.Empty((await _cli.JsonAsync("tasks", "--contact", Id(elena))).EnumerateArray());
    }

    [Fact]
    public async Task Tick_SwitchedOffPlaybook_IsNotAProblemAndExitsZero()
    {
        await _cli.ImportAndRunAsync();
        await _cli.RunAsync("disable", "met-at-event");

        var result = await _cli.RunAsync("tick", "--now", "2026-12-07T10:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _cli.Dispose();
}
