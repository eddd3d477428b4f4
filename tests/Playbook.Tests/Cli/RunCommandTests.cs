using System.Text.Json;
using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private static readonly string[] ElenaWelcome =
    [
        "Hola Elena, ¡gracias por conectar!",
        "Veo que compartimos interés por Shopify y me encantaría saber qué haces en Pixelría.",
        "¿Te apetece que lo hablemos en una llamada breve?",
        "",
        "Un saludo,",
        "Ana",
    ];

    private static readonly string[] Counts = ["eventsConsidered", "runsStarted", "runsResumed", "drafts", "tasks", "waiting", "done", "stopped", "failed", "held"];

    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Run_ExampleOnMonday_DraftsAWelcomeForEachUnansweredInvitationAndRemindsOfEachReply()
    {
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("run", "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "19 runs started, 15 drafts, 3 tasks, 15 waiting, 4 done, 0 failed",
                "skipped: 4 already answered, 0 filtered by 'when', 0 do-not-contact, 41 older than max_age",
            ],
            result.OutputLines);
        Assert.Equal("", result.Error);
        var drafts = await _cli.JsonAsync("drafts");
        Assert.Equal(await _cli.UnansweredInvitationsAsync(), drafts.EnumerateArray().Select(d => d.GetProperty("contactId").GetInt64()).Order());
        Assert.All(drafts.Strings("playbook"), p => Assert.Equal("welcome", p));
        Assert.All(drafts.Strings("step"), s => Assert.Equal("welcome", s));
        var tasks = await _cli.JsonAsync("tasks");
        Assert.Equal(3, tasks.GetArrayLength());
        Assert.All(tasks.Strings("playbook"), p => Assert.Equal("reply-received", p));
    }

    [Fact]
    public async Task Run_Again_StartsNothing()
    {
        await _cli.ImportAndRunAsync();

        var again = await _cli.RunAsync("run", "--now", Monday);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(
            [
                "0 runs started, 0 drafts, 0 tasks, 0 waiting, 0 done, 0 failed",
                "skipped: 4 already answered, 0 filtered by 'when', 0 do-not-contact, 41 older than max_age",
            ],
            again.OutputLines);
        Assert.Equal(19, (await _cli.JsonAsync("runs")).GetArrayLength());
        Assert.Equal(15, (await _cli.JsonAsync("drafts")).GetArrayLength());
        Assert.Equal(3, (await _cli.JsonAsync("tasks")).GetArrayLength());
    }

    [Fact]
    public async Task Run_Json_PrintsTheReportAsOneObject()
    {
        await _cli.ImportExampleZipAsync();

        var report = await _cli.JsonAsync("run", "--now", Monday);

        Assert.Equal(
            ["dryRun", "eventsConsidered", "runsStarted", "runsResumed", "drafts", "tasks", "waiting", "done", "stopped", "failed", "skipped", "held", "failures", "traces"],
            report.Names());
        Assert.False(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(
            [23, 19, 0, 15, 3, 15, 4, 0, 0, 0],
            Counts.Select(name => report.GetProperty(name).GetInt32()));
        Assert.Equal("""{"answered":4,"when":0,"doNotContact":0,"maxAge":41,"insteadOf":0}""", JsonSerializer.Serialize(report.GetProperty("skipped")));
        Assert.Equal(0, report.GetProperty("failures").GetArrayLength());
        Assert.Equal(0, report.GetProperty("traces").GetArrayLength());
    }

    [Fact]
    public async Task Run_DryRunOnAFreshStore_PrintsEachDraftInFullAndKeepsNothing()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var result = await _cli.RunAsync("run", "--dry-run", "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n');
        var story = Array.IndexOf(lines, $"Elena Moreno Díaz (contact {elena})");
        Assert.True(story >= 0, result.Output);
        Assert.Matches(@"^  run \d+ \(welcome\)$", lines[story + 1]);
        Assert.StartsWith("    2026-11-30 08:00Z  -        started   started by invitation.received of 2026-11-16 12:03Z", lines[story + 2], StringComparison.Ordinal);
        Assert.Equal("    2026-11-30 08:00Z  analyse  analysed  score 0.10; skill Shopify (position: Shopify)", lines[story + 3]);
        Assert.Equal("    2026-11-30 08:00Z  low-fit  skipped   skipped: 'if' is false (analysis.IsLowFit)", lines[story + 4]);
        Assert.StartsWith("    2026-11-30 08:00Z  welcome  drafted   draft 1 from 'welcome.es.liquid' for linkedin, 185 of 8000 characters", lines[story + 5], StringComparison.Ordinal);
        var draft = Array.IndexOf(lines, "    #1  (welcome/welcome, linkedin, es, 185 of 8000 characters)", story);
        Assert.Equal("      why: score 0.10; in common: Shopify", lines[draft + 1]);
        Assert.Equal("        · skill Shopify: \"Shopify\" in the position", lines[draft + 2]);
        Assert.Equal(ElenaWelcome.Select(l => l.Length == 0 ? "" : "        " + l), lines.Skip(draft + 3).Take(ElenaWelcome.Length));
        Assert.Contains("    2026-12-07 08:00Z  nudge    drafted   draft 16 from 'nudge.es.liquid' for linkedin, 230 of 8000 characters", result.Output, StringComparison.Ordinal);
        Assert.Contains("\n    #16  (welcome/nudge, linkedin, es, 230 of 8000 characters)\n      why: score 0.10; in common: Shopify\n        · skill Shopify: \"Shopify\" in the position\n        Hola Elena, te escribo de nuevo", result.Output, StringComparison.Ordinal);
        Assert.Equal(
            [
                "dry run, nothing was kept: 19 runs started, 15 drafts, 3 tasks, 15 waiting, 4 done, 0 failed",
                "skipped: 4 already answered, 0 filtered by 'when', 0 do-not-contact, 41 older than max_age",
            ],
            result.OutputLines[^2..]);
        Assert.Equal("[]\n", (await _cli.RunAsync("runs", "--json")).Output);
        Assert.Equal("[]\n", (await _cli.RunAsync("drafts", "--status", "all", "--json")).Output);
        Assert.Equal("[]\n", (await _cli.RunAsync("tasks", "--all", "--json")).Output);
    }

    [Fact]
    public async Task Run_DryRunJson_TracesEachRunWithItsJournalDraftsAndTasks()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var report = await _cli.JsonAsync("run", "--dry-run", "--now", Monday);

        Assert.True(report.GetProperty("dryRun").GetBoolean());
        var traces = report.GetProperty("traces").EnumerateArray().ToList();
        Assert.Equal(19, traces.Count);
        Assert.All(traces, t => Assert.Equal(["run", "contact", "journal", "drafts", "tasks"], t.Names()));
        Assert.All(traces, t => JsonContract.AssertRun(t.GetProperty("run")));
        Assert.All(traces.SelectMany(t => t.GetProperty("drafts").EnumerateArray()), JsonContract.AssertDraft);
        Assert.All(traces.SelectMany(t => t.GetProperty("tasks").EnumerateArray()), JsonContract.AssertTask);
        var trace = traces.Single(t => t.GetProperty("run").GetProperty("contactId").GetInt64() == elena);
        Assert.Equal("Elena Moreno Díaz", trace.GetProperty("contact").GetString());
        Assert.Equal(
            ["started", "analysed", "skipped", "drafted", "waiting", "draft", "waiting", "woke", "skipped", "drafted", "waiting", "draft", "reminded", "done"],
            trace.GetProperty("journal").Strings("action"));
        Assert.Equal(["welcome", "nudge"], trace.GetProperty("drafts").Strings("step"));
        Assert.Equal(string.Join('\n', ElenaWelcome), trace.GetProperty("drafts")[0].GetProperty("body").GetString());
        Assert.Equal(["Propose a call to Elena"], trace.GetProperty("tasks").Strings("text"));
    }

    // A dry run used to take the steps after a simulated send at the command's time: the journal went back in time and
    // the 'call' task was due 14 days after --now instead of 14 days after the nudge was taken as sent.
    [Fact]
    public async Task Run_DryRun_TakesTheStepsAfterASimulatedSendAtTheSimulatedTime()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var report = await _cli.JsonAsync("run", "--dry-run", "--now", Monday);

        var trace = report.GetProperty("traces").EnumerateArray().Single(t => t.GetProperty("run").GetProperty("contactId").GetInt64() == elena);
        var times = trace.GetProperty("journal").Strings("at").Select(a => Instant(a!)).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(Instant("2026-12-21T08:00Z"), Instant(trace.GetProperty("tasks")[0].GetProperty("dueAt").GetString()!));
    }

    [Fact]
    public async Task Run_OnePlaybook_RunsOnlyThatOne()
    {
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("run", "--playbook", "reply-received", "--now", Monday);

        Assert.Equal(
            [
                "4 runs started, 0 drafts, 3 tasks, 0 waiting, 4 done, 0 failed",
                "skipped: 0 already answered, 0 filtered by 'when', 0 do-not-contact, 29 older than max_age",
            ],
            result.OutputLines);
        Assert.Equal(["reply-received"], (await _cli.JsonAsync("runs")).Strings("playbook").Distinct());
    }

    [Fact]
    public async Task Run_UnknownPlaybook_ExitsOneAndSuggestsTheName()
    {
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("run", "--playbook", "welcom", "--now", Monday);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: unknown playbook 'welcom'. Did you mean 'welcome'?; list them with 'playbook playbooks'\n", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Run_UserPlaybooksWithProblems_PrintsEachProblemNamesThemRunsTheOthersAndExitsOne()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("mine");
        var broken = _cli.Folder.Write("mine/broken.yaml", "schema: 1\nname: broken\non: invitation.received\nwhen: contact.Compnay != null\nsteps:\n  - { id: hello, tag: x }\n");
        var typo = _cli.Folder.Write("mine/typo.yaml", "schema: 1\nname: typo\non: invitation.received\nstpes:\n  - { id: hello, tag: x }\n");

        var result = await _cli.RunAsync("run", "--playbooks", folder, "--now", Monday);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [
                $"{broken}(4,15): error CS1061: 'Contact' does not contain a definition for 'Compnay' and no accessible extension method "
                    + "'Compnay' accepting a first argument of type 'Contact' could be found",
                $"{typo}(4,1): unknown key 'stpes'. Did you mean 'steps'?",
                $"playbook: not run because of these problems: broken, {typo} (see 'playbook check')",
            ],
            result.ErrorLines);
        Assert.Equal("19 runs started, 15 drafts, 3 tasks, 15 waiting, 4 done, 0 failed", result.OutputLines[0]);
    }

    [Fact]
    public async Task Run_BrokenPlaybookNamed_ExitsOne()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("mine");
        _cli.Folder.Write("mine/broken.yaml", "schema: 1\nname: broken\non: invitation.received\nwhen: contact.Compnay != null\nsteps:\n  - { id: hello, tag: x }\n");

        var result = await _cli.RunAsync("run", "--playbook", "broken", "--playbooks", folder, "--now", Monday);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: playbook 'broken' has problems and does not run; see 'playbook check'", result.ErrorLines[^1]);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Run_ConditionThatThrowsForSomeContacts_FailsThoseRunsSaysWhyAndGoesOn()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("mine");
        var probe = _cli.Folder.Write("mine/probe.yaml",
            "schema: 1\nname: probe\non: invitation.received\nmax_age: 14d\nwhen: contact.Company.Length > 3\nsteps:\n  - { id: hello, tag: probed }\n");
        const string Why = "condition 'probe#when' failed: it read a member of something that is null (such as 'event' when the run has no event, "
            + "or a field the contact lacks); test it first, as in 'event != null && ...', or use '?.'";

        var result = await _cli.RunAsync("run", "--playbook", "probe", "--playbooks", folder, "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        var failed = (await _cli.JsonAsync("runs", "--state", "failed")).EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(3, failed.Count);
        Assert.Equal(
            [
                "15 runs started, 0 drafts, 0 tasks, 0 waiting, 12 done, 3 failed",
                "skipped: 4 already answered, 0 filtered by 'when', 0 do-not-contact, 12 older than max_age",
                $"run {failed[0]} (probe, Sergio Blanco) failed: {probe}(5,7): {Why}",
                $"run {failed[1]} (probe, Diego Fernández Lago) failed: {probe}(5,7): {Why}",
                $"run {failed[2]} (probe, Katarzyna Nowak) failed: {probe}(5,7): {Why}",
                $"see 'playbook journal ID' for each, as in 'playbook journal {failed[0]}'",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task Run_DryRunWithAShortChannelLimit_FlagsEveryDraftThatIsTooLong()
    {
        _cli.WriteConfig("limits:\n  channels:\n    linkedin: 150\n");
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("run", "--dry-run", "--now", Monday);

        Assert.Contains("\n    #1  (welcome/welcome, linkedin, es, 185 of 150 characters, TOO LONG: cut 35)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("draft 1 from 'welcome.es.liquid' for linkedin, 185 of 150 characters (too long: 185 characters; linkedin takes 150: cut 35)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OneContact_DispatchesOnlyThatContactsEventsAndLeavesTheRestPending()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var result = await _cli.RunAsync("run", "--contact", Id(elena), "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1 run started, 1 draft, 0 tasks, 1 waiting, 0 done, 0 failed", result.OutputLines[0]);
        Assert.Equal([elena], (await _cli.JsonAsync("runs")).EnumerateArray().Select(r => r.GetProperty("contactId").GetInt64()));
        var rest = await _cli.JsonAsync("run", "--now", Monday);
        Assert.Equal(18, rest.GetProperty("runsStarted").GetInt32());
    }

    [Fact]
    public async Task RunDryRun_OneEvent_PreviewsOnlyTheRunItWouldStart()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        var invitation = (await _cli.JsonAsync("events", "--contact", Id(elena), "--kind", "invitation.received")).EnumerateArray().Single().GetProperty("id").GetInt64();

        var preview = await _cli.JsonAsync("run", "--dry-run", "--event", Id(invitation), "--now", Monday);

        var trace = preview.GetProperty("traces").EnumerateArray().Single();
        Assert.Equal((invitation, "welcome"), (trace.GetProperty("run").GetProperty("eventId").GetInt64(), trace.GetProperty("run").GetProperty("playbook").GetString()));
        Assert.Equal((1, 0), (preview.GetProperty("eventsConsidered").GetInt32(), preview.GetProperty("skipped").GetProperty("maxAge").GetInt32()));
        Assert.Empty((await _cli.JsonAsync("runs")).EnumerateArray());
    }

    [Fact]
    public async Task Run_UnknownContactOrEvent_ExitsOneAndStartsNothing()
    {
        await _cli.ImportExampleZipAsync();

        var contact = await _cli.RunAsync("run", "--contact", "9999", "--now", Monday);
        var e = await _cli.RunAsync("run", "--event", "99999", "--now", Monday);

        Assert.Equal((1, 1), (contact.ExitCode, e.ExitCode));
        Assert.Contains("9999", contact.Error, StringComparison.Ordinal);
        Assert.Contains("99999", e.Error, StringComparison.Ordinal);
        Assert.Empty((await _cli.JsonAsync("runs")).EnumerateArray());
    }

    [Fact]
    public async Task Run_EventsOlderThanMaxAge_AreCountedAsSkippedForTheirAge()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("mine");
        _cli.Folder.Write("mine/recent.yaml", "schema: 1\nname: recent\non: invitation.received\nmax_age: 1d\nsteps:\n  - { id: hello, tag: recent }\n");

        var result = await _cli.RunAsync("run", "--playbook", "recent", "--playbooks", folder, "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        var invitations = (await _cli.JsonAsync("events", "--kind", "invitation.received")).EnumerateArray()
            .Count(e => DateTimeOffset.Parse(e.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < DateTimeOffset.Parse(Monday, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1));
        Assert.True(invitations > 0);
        Assert.EndsWith($", {invitations} older than max_age", result.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SchedulePlaybookNamed_SaysThatTickStartsItAndADryRunPreviewsIt()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        await _cli.RunAsync("contacts", "tag", Id(elena), "close", "--now", Monday);

        var real = await _cli.RunAsync("run", "--playbook", "keep-in-touch", "--now", "2027-06-01T08:00Z");
        var preview = await _cli.JsonAsync("run", "--playbook", "keep-in-touch", "--dry-run", "--now", "2027-07-01T08:00Z");

        Assert.True(real.ExitCode == 0, real.ToString());
        Assert.Equal("keep-in-touch starts on its schedule: 'playbook tick' starts it when it is due; 'playbook run --dry-run --playbook keep-in-touch' previews it", real.OutputLines[^1]);
        Assert.Equal(0, int.Parse(real.OutputLines[0].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        var trace = preview.GetProperty("traces").EnumerateArray().Single();
        Assert.Equal(("keep-in-touch", elena), (trace.GetProperty("run").GetProperty("playbook").GetString(), trace.GetProperty("run").GetProperty("contactId").GetInt64()));
        Assert.Single(trace.GetProperty("tasks").EnumerateArray());
        Assert.Empty((await _cli.JsonAsync("runs", "--playbook", "keep-in-touch")).EnumerateArray());
    }

    [Fact]
    public async Task Run_UntrustedScript_RunsTheOthersAndExitsOne()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("mine");
        var script = _cli.Folder.Write("mine/hello.csx", "Declare(\"hello\").On(EventKinds.InvitationReceived).Tag(\"t\", \"hello\");\n");

        var result = await _cli.RunAsync("run", "--playbooks", folder, "--now", Monday);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{script}: the script is not trusted; after reading it, run 'playbook trust {script}' to let it run", result.ErrorLines);
        Assert.Equal("19 runs started, 15 drafts, 3 tasks, 15 waiting, 4 done, 0 failed", result.OutputLines[0]);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _cli.Dispose();
}
