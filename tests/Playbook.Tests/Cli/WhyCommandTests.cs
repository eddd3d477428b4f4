using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.Cli;

public sealed class WhyCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Why_AnsweredInvitationAndTwoReplies_SaysWhatEachPlaybookDidAndWhereTheRunsStand()
    {
        await _cli.ImportAndRunAsync();
        var lucia = await _cli.ContactIdAsync("Lucía Peña");

        var result = await _cli.RunAsync("why", Id(lucia), "--now", "2026-11-30T09:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        var runs = (await _cli.JsonAsync("runs", "--contact", Id(lucia))).EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
        var events = (await _cli.JsonAsync("events", "--contact", Id(lucia))).EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() != "contact.imported").Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(
            [
                $"Lucía Peña (contact {lucia}), at 2026-11-30 09:00Z",
                $"invitation.received 2026-11-17 09:12Z (event {events[0]}, 12 days ago)",
                $"  welcome         answered: already answered: a message was sent to them 2026-11-18 08:41Z (event {events[1]})",
                $"message.sent 2026-11-18 08:41Z (event {events[1]}, 12 days ago)",
                "  -               no-playbook: no playbook starts on message.sent",
                $"message.received 2026-11-19 16:05Z (event {events[2]}, 10 days ago)",
                $"  reply-received  started: run {runs[0]} started 2026-11-30 08:00Z; it is done",
                $"message.sent 2026-11-19 17:22Z (event {events[3]}, 10 days ago)",
                "  -               no-playbook: no playbook starts on message.sent",
                $"message.received 2026-11-24 12:10Z (event {events[4]}, 5 days ago)",
                $"  reply-received  started: run {runs[1]} started 2026-11-30 08:00Z; it is done",
                "schedules",
                "  keep-in-touch   not-due: due 2027-02-22 12:10Z: every 90d after the last interaction or arrival, 2026-11-24 12:10Z; "
                    + "and 'when' is false: HasTag(\"close\") now",
                "                  HasTag(\"close\") = false",
                "runs",
                $"  run {runs[0]} (reply-received, event {events[2]}): done",
                $"  run {runs[1]} (reply-received, event {events[4]}): done",
            ],
            result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Why_WeeksLater_SaysTheInvitationIsOlderThanMaxAgeWithItsAge()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var result = await _cli.RunAsync("why", Id(elena), "--playbook", "welcome", "--now", "2026-12-30T08:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("  welcome       max-age: the event is 43 days old, older than the playbook's max_age of 14d: history, which starts nothing", result.OutputLines);
        Assert.Contains("runs: none", result.OutputLines);
        Assert.DoesNotContain(result.OutputLines, l => l.Contains("keep-in-touch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Why_Json_HasTheVerdictsRunsAndTheDraftEachRunWaitsOn()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var why = await _cli.JsonAsync("why", Id(elena), "--now", Monday);

        Assert.Equal(["contactId", "contact", "now", "verdicts", "runs", "notes"], why.Names());
        var welcome = why.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("playbook").GetString() == "welcome");
        Assert.Equal(
            ["playbook", "eventId", "eventKind", "eventAt", "age", "outcome", "reason", "runId", "condition", "readings"],
            welcome.Names());
        Assert.Equal(("started", "invitation.received", "13d19h57m"),
            (welcome.GetProperty("outcome").GetString(), welcome.GetProperty("eventKind").GetString(), welcome.GetProperty("age").GetString()));
        var run = why.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal(welcome.GetProperty("runId").GetInt64(), run.GetProperty("run").GetProperty("id").GetInt64());
        Assert.Equal(("waiting", 1L), (run.GetProperty("run").GetProperty("state").GetString(), run.GetProperty("waitsOn").GetProperty("id").GetInt64()));
        Assert.StartsWith("Hola Elena", run.GetProperty("waitsOn").GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_FalseWhenOfAUserPlaybook_PrintsTheConditionAndTheValuesItRead()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        var folder = _cli.Folder.Folder("mine");
        _cli.Folder.Write("mine/big.yaml", "schema: 1\nname: big\non: invitation.received\nmax_age: 30d\nwhen: contact.Company == \"Globex\"\nsteps:\n  - { id: tag, tag: big }\n");

        var why = await _cli.JsonAsync("why", Id(elena), "--playbook", "big", "--playbooks", folder, "--now", Monday);

        var verdict = why.GetProperty("verdicts").EnumerateArray().Single();
        Assert.Equal(("when", "contact.Company == \"Globex\""), (verdict.GetProperty("outcome").GetString(), verdict.GetProperty("condition").GetString()));
        var reading = verdict.GetProperty("readings").EnumerateArray().Single();
        Assert.Equal(("contact.Company", "\"Pixelría\""), (reading.GetProperty("expression").GetString(), reading.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Why_UntrustedScriptAndSwitchedOffPlaybook_SaySoAndNameWhatToDo()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        var folder = _cli.Folder.Folder("mine");
        var script = _cli.Folder.Write("mine/hello.csx", "Declare(\"hello\").On(EventKinds.InvitationReceived).Tag(\"t\", \"hello\");\n");
        await _cli.RunAsync("disable", "welcome");

        var result = await _cli.RunAsync("why", Id(elena), "--playbooks", folder, "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("  welcome        switched-off: playbook 'welcome' is switched off; 'playbook enable welcome' switches it on", result.OutputLines);
        Assert.Contains($"note: {script} is not trusted, so none of its playbooks run; after reading it, 'playbook trust {script}' lets it run", result.OutputLines);
    }

    [Fact]
    public async Task Why_UnknownContactOrPlaybook_ExitsOneAndSaysWhat()
    {
        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var contact = await _cli.RunAsync("why", "9999", "--now", Monday);
        var playbook = await _cli.RunAsync("why", Id(elena), "--playbook", "welcom", "--now", Monday);

        Assert.Equal((1, 1), (contact.ExitCode, playbook.ExitCode));
        Assert.Contains("9999", contact.Error, StringComparison.Ordinal);
        Assert.Equal("playbook: unknown playbook 'welcom'. Did you mean 'welcome'?; list them with 'playbook playbooks'\n", playbook.Error);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _cli.Dispose();
}
