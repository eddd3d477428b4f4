using System.Globalization;
using System.Text.Json;
using Playbook.Tests.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// Monday morning with the built executable: Monday's run over a fresh export, the review of the drafts (which
/// happens in the TUI, done here with <c>draft sent|discard</c>), and the tick a week later.
/// </summary>
public sealed class MondayMorningTests : IDisposable
{
    private const string Monday = RuntimeTestData.Monday;

    private readonly TempFolder _sandbox = new();
    private readonly PlaybookProcess _playbook;

    public MondayMorningTests()
    {
        _playbook = new PlaybookProcess(_sandbox);
        _sandbox.Copy(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml"), "config/playbook/config.yaml");
    }

    [Fact]
    public async Task Run_FreshExportOnMonday_WelcomesEachUnansweredInvitationInItsLanguageOnce()
    {
        await RunOkAsync("import", "linkedin", RepoPaths.ExampleZip, "--now", Monday);

        var run = await RunOkAsync("run", "--now", Monday);

        Assert.Equal(
            [
                "19 runs started, 15 drafts, 3 tasks, 15 waiting, 4 done, 0 failed",
                "skipped: 4 already answered, 0 filtered by 'when', 0 do-not-contact, 41 older than max_age",
            ],
            run.OutputLines);
        Assert.Equal("", run.Error);
        var events = await JsonAsync("events");
        var drafts = (await JsonAsync("drafts")).EnumerateArray().ToList();
        Assert.Equal(RuntimeTestData.UnansweredInvitations(events, RuntimeTestData.Instant(Monday)), drafts.Select(d => d.GetProperty("contactId").GetInt64()).Order());
        Assert.All(drafts, d => Assert.Equal(("welcome", "pending"), (d.GetProperty("step").GetString(), d.GetProperty("status").GetString())));
        var zoe = Draft(drafts, await ContactIdAsync("Zoë Brandt"));
        Assert.Equal("en", zoe.GetProperty("language").GetString());
        Assert.StartsWith("Hi Zoë, thanks for connecting and for your note!", zoe.GetProperty("body").GetString(), StringComparison.Ordinal);
        var valentina = Draft(drafts, await ContactIdAsync("Valentina Rojas Quintero"));
        Assert.Equal("es", valentina.GetProperty("language").GetString());
        Assert.StartsWith("Hola Valentina, ¡gracias por conectar y por tu mensaje!", valentina.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.All(drafts, d => Assert.EndsWith("\nAna", d.GetProperty("body").GetString(), StringComparison.Ordinal));
        var lucia = await ContactIdAsync("Lucía Peña");
        Assert.DoesNotContain(lucia, drafts.Select(d => d.GetProperty("contactId").GetInt64()));

        var again = await RunOkAsync("run", "--now", "2026-11-30T08:30Z");

        Assert.Equal("0 runs started, 0 drafts, 0 tasks, 0 waiting, 0 done, 0 failed", again.OutputLines[0]);
        Assert.Equal(15, (await JsonAsync("drafts")).GetArrayLength());
    }

    [Fact]
    public async Task Tick_AWeekAfterTheReview_NudgesWhoNeverAnsweredAndLeavesWhoAnswered()
    {
        await RunOkAsync("import", "linkedin", RepoPaths.ExampleZip, "--now", Monday);
        await RunOkAsync("run", "--now", Monday);
        var drafts = (await JsonAsync("drafts")).EnumerateArray().ToList();
        var elena = await ContactIdAsync("Elena Moreno Díaz");
        var pablo = await ContactIdAsync("Pablo Serrano Gil");
        var sophie = await ContactIdAsync("Sophie Laurent");
        var elenaDraft = Draft(drafts, elena).GetProperty("id").GetInt64();
        var pabloDraft = Draft(drafts, pablo).GetProperty("id").GetInt64();
        var sophieDraft = Draft(drafts, sophie).GetProperty("id").GetInt64();

        var sent = await RunOkAsync("draft", "sent", Id(elenaDraft), "--now", "2026-11-30T09:00Z");
        await RunOkAsync("draft", "sent", Id(pabloDraft), "--now", "2026-11-30T09:10Z");
        var discarded = await RunOkAsync("draft", "discard", Id(sophieDraft), "--now", "2026-11-30T09:20Z");
        await RunOkAsync("event", "add", "message.received", "--contact", Id(pablo), "--at", "2026-12-02T18:00Z",
            "--body", "¡Gracias, Ana! ¿Hablamos el jueves a las 10?", "--now", "2026-12-02T18:05Z");

        Assert.Equal($"draft {elenaDraft} marked sent; the run waits until 2026-12-07 09:00Z\n", sent.Output);
        Assert.Equal($"draft {sophieDraft} discarded; the run stopped: draft {sophieDraft} was discarded\n", discarded.Output);

        var tick = await RunOkAsync("tick", "--now", "2026-12-07T10:00Z");

        Assert.Equal(["2 runs resumed, 1 draft, 0 tasks, 1 waiting, 1 done, 0 stopped, 0 failed"], tick.OutputLines);
        Assert.Equal("", tick.Error);
        var nudge = (await JsonAsync("drafts", "--contact", Id(elena))).EnumerateArray().Single();
        Assert.Equal(("nudge", "es"), (nudge.GetProperty("step").GetString(), nudge.GetProperty("language").GetString()));
        Assert.StartsWith("Hola Elena, te escribo de nuevo", nudge.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await JsonAsync("drafts", "--contact", Id(pablo))).GetArrayLength());
        Assert.Equal("done", State(await JsonAsync("runs", "--playbook", "welcome", "--contact", Id(pablo))));
        Assert.Equal("stopped", State(await JsonAsync("runs", "--playbook", "welcome", "--contact", Id(sophie))));
        Assert.Equal("waiting", State(await JsonAsync("runs", "--playbook", "welcome", "--contact", Id(elena))));

        var later = await RunOkAsync("tick", "--now", "2026-12-14T10:00Z");

        Assert.Equal(["0 runs resumed, 0 drafts, 0 tasks, 0 waiting, 0 done, 0 stopped, 0 failed"], later.OutputLines);
    }

    [Fact]
    public async Task Stats_AfterTheWeek_ShowsTheWelcomeFunnelBesideTheBaseline()
    {
        await RunOkAsync("import", "linkedin", RepoPaths.ExampleZip, "--now", Monday);
        await RunOkAsync("run", "--now", Monday);
        var drafts = (await JsonAsync("drafts")).EnumerateArray().ToList();
        var elena = await ContactIdAsync("Elena Moreno Díaz");
        var pablo = await ContactIdAsync("Pablo Serrano Gil");
        await RunOkAsync("draft", "sent", Id(Draft(drafts, elena).GetProperty("id").GetInt64()), "--now", "2026-11-30T09:00Z");
        await RunOkAsync("draft", "sent", Id(Draft(drafts, pablo).GetProperty("id").GetInt64()), "--now", "2026-11-30T09:10Z");
        await RunOkAsync("event", "add", "message.received", "--contact", Id(elena), "--at", "2026-12-01T12:00Z",
            "--body", "¡Me parece genial! En el futuro hablaremos", "--now", "2026-12-01T12:05Z");
        await RunOkAsync("event", "add", "message.received", "--contact", Id(pablo), "--at", "2026-12-02T18:00Z",
            "--body", "Are you free Thursday at 10?", "--now", "2026-12-02T18:05Z");

        var stats = await RunOkAsync("stats", "--by", "playbook", "--now", "2026-12-07T10:00Z");
        var json = await JsonAsync("stats", "--by", "playbook");
        var welcome = json.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "welcome");
        var sentDrafts = json.GetProperty("playbooks").EnumerateArray().First();

        Assert.Equal((15, 2, 2, 1, 1), (
            welcome.GetProperty("invitations").GetInt32(), welcome.GetProperty("personalReplies").GetInt32(), welcome.GetProperty("answered").GetInt32(),
            welcome.GetProperty("brushOffs").GetInt32(), welcome.GetProperty("conversations").GetInt32()));
        Assert.Equal(0.5, welcome.GetProperty("rates").GetProperty("conversations").GetDouble());
        Assert.Matches(@"^welcome\s+15\s+2 \(13\.3%\)\s+2 \(100%\)\s+1 \(50%\)\s+1 \(50%\)", stats.OutputLines.First(l => l.StartsWith("welcome ", StringComparison.Ordinal)));
        Assert.Equal(("welcome", 2, 2, 2, 1), (sentDrafts.GetProperty("playbook").GetString(), sentDrafts.GetProperty("runs").GetInt32(),
            sentDrafts.GetProperty("draftsSent").GetInt32(), sentDrafts.GetProperty("repliedWithinWait").GetInt32(), sentDrafts.GetProperty("conversations").GetInt32()));
        Assert.Matches(@"^welcome\s+2\s+2\s+2 \(100%\)\s+1 \(50%\)", stats.OutputLines.Last(l => l.StartsWith("welcome ", StringComparison.Ordinal)));
        Assert.Contains(stats.OutputLines, l => l.Contains("the practice's baseline is about 10%", StringComparison.Ordinal));
    }

    private static JsonElement Draft(IEnumerable<JsonElement> drafts, long contactId) =>
        drafts.Single(d => d.GetProperty("contactId").GetInt64() == contactId);

    private static string State(JsonElement runs) => runs.EnumerateArray().Single().GetProperty("state").GetString()!;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await _playbook.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<JsonElement> JsonAsync(params string[] args) => (await RunOkAsync([.. args, "--json"])).Json();

    private async Task<long> ContactIdAsync(string fullName) =>
        (await JsonAsync("contacts")).EnumerateArray().Single(c => c.GetProperty("fullName").GetString() == fullName).GetProperty("id").GetInt64();

    public void Dispose() => _sandbox.Dispose();
}
