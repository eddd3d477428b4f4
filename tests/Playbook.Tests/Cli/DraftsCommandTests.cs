using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.Cli;

public sealed class DraftsCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Drafts_AfterMondaysRun_PrintsEachPendingDraftInFull()
    {
        await _cli.ImportAndRunAsync();

        var result = await _cli.RunAsync("drafts");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "#1  Elena Moreno Díaz  (welcome/welcome, linkedin, es, 185 of 8000 characters)",
                "  why: score 0.10; in common: Shopify",
                "    · skill Shopify: \"Shopify\" in the position",
                "    Hola Elena, ¡gracias por conectar!",
                "    Veo que compartimos interés por Shopify y me encantaría saber qué haces en Pixelría.",
                "    ¿Te apetece que lo hablemos en una llamada breve?",
                "",
                "    Un saludo,",
                "    Ana",
                "",
                "#2  Pablo Serrano Gil  (welcome/welcome, linkedin, es, 156 of 8000 characters)",
                "  why: score 0.35; in common: Nubo Digital",
                "    · former colleague Nubo Digital: \"Nubo Digital\" in the company",
                "    Hola Pablo, ¡gracias por conectar!",
            ],
            result.Output.Split('\n')[..14]);
        Assert.Equal("15 pending drafts", result.OutputLines[^1]);
    }

    [Fact]
    public async Task Drafts_Json_PrintsEveryDraftWithTheContractFields()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var drafts = await _cli.JsonAsync("drafts");

        Assert.Equal(15, drafts.GetArrayLength());
        Assert.All(drafts.EnumerateArray(), JsonContract.AssertDraft);
        Assert.All(drafts.EnumerateArray(), d => Assert.Equal(
            ["id", "contactId", "runId", "playbook", "step", "channel", "body", "status", "variant", "createdAt",
                "template", "language", "length", "limit", "overLimit", "decidedAt", "analysis", "editedAt", "note"],
            d.Names()));
        var first = drafts[0];
        Assert.Equal(
            (1L, elena, 5L, "welcome", "welcome", "linkedin", "pending", "2026-11-30T08:00:00+00:00", "welcome", "es", 185, 8000, false),
            (first.GetProperty("id").GetInt64(), first.GetProperty("contactId").GetInt64(), first.GetProperty("runId").GetInt64(),
                first.GetProperty("playbook").GetString(), first.GetProperty("step").GetString(), first.GetProperty("channel").GetString(),
                first.GetProperty("status").GetString(), first.GetProperty("createdAt").GetString(), first.GetProperty("template").GetString(),
                first.GetProperty("language").GetString(), first.GetProperty("length").GetInt32(), first.GetProperty("limit").GetInt32(),
                first.GetProperty("overLimit").GetBoolean()));
        Assert.Equal(185, first.GetProperty("body").GetString()!.Length);
        var analysis = first.GetProperty("analysis");
        Assert.Equal((0.1, false), (analysis.GetProperty("score").GetDouble(), analysis.GetProperty("isLowFit").GetBoolean()));
        Assert.Equal(["Shopify"], analysis.GetProperty("commonGround").EnumerateArray().Select(e => e.GetString()));
        var evidence = Assert.Single(analysis.GetProperty("evidence").EnumerateArray());
        Assert.Equal(
            ("skill", "position", "Shopify", "Shopify"),
            (evidence.GetProperty("kind").GetString(), evidence.GetProperty("field").GetString(), evidence.GetProperty("words").GetString(),
                evidence.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Drafts_StatusAndContact_FilterTheQueue()
    {
        await _cli.ImportAndRunAsync();
        await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T09:00Z");
        await _cli.RunAsync("draft", "discard", "2", "--now", "2026-11-30T09:05Z");
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var pending = await _cli.JsonAsync("drafts");
        var sent = await _cli.RunAsync("drafts", "--status", "sent");
        var discarded = await _cli.JsonAsync("drafts", "--status", "discarded");
        var all = await _cli.JsonAsync("drafts", "--status", "all");
        var hers = await _cli.JsonAsync("drafts", "--status", "all", "--contact", elena.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(13, pending.GetArrayLength());
        Assert.Equal("#1  Elena Moreno Díaz  (welcome/welcome, linkedin, es, 185 of 8000 characters, sent 2026-11-30 09:00Z)", sent.OutputLines[0]);
        Assert.Equal("1 sent draft", sent.OutputLines[^1]);
        Assert.Equal(["discarded"], discarded.Strings("status"));
        Assert.Equal("2026-11-30T09:05:00+00:00", discarded[0].GetProperty("decidedAt").GetString());
        Assert.Equal(15, all.GetArrayLength());
        Assert.Equal(["sent"], hers.Strings("status"));
    }

    [Fact]
    public async Task Drafts_NoneWaiting_SaysSo()
    {
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("drafts");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No pending drafts.\n", result.Output);
    }

    [Fact]
    public async Task Drafts_UnknownStatus_ExitsTwo()
    {
        var result = await _cli.RunAsync("drafts", "--status", "draft");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("playbook: Argument 'draft' not recognized. Must be one of: 'pending', 'sent', 'discarded', 'all'\n", result.Error);
    }

    [Fact]
    public async Task Drafts_LongerThanTheChannelTakes_AreFlaggedWithWhatToCut()
    {
        _cli.WriteConfig("limits:\n  channels:\n    linkedin: 150\n");
        await _cli.ImportAndRunAsync();

        var text = await _cli.RunAsync("drafts");
        var json = await _cli.JsonAsync("drafts");

        Assert.Equal("#1  Elena Moreno Díaz  (welcome/welcome, linkedin, es, 185 of 150 characters, TOO LONG: cut 35)", text.OutputLines[0]);
        Assert.Equal((150, true), (json[0].GetProperty("limit").GetInt32(), json[0].GetProperty("overLimit").GetBoolean()));
    }

    [Fact]
    public async Task DraftSent_WelcomeDraft_SaysTheRunWaitsAWeekFromThenAndLogsTheMessage()
    {
        await _cli.ImportAndRunAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");

        var result = await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T09:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("draft 1 marked sent; the run waits until 2026-12-07 09:00Z\n", result.Output);
        var sent = await _cli.JsonAsync("events", "--contact", elena.ToString(System.Globalization.CultureInfo.InvariantCulture), "--kind", "message.sent");
        Assert.Equal(["2026-11-30T09:00:00+00:00"], sent.Strings("at"));
        Assert.StartsWith("Hola Elena, ¡gracias por conectar!", sent[0].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("contacted", (await _cli.JsonAsync("contacts", "show", elena.ToString(System.Globalization.CultureInfo.InvariantCulture))).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task DraftSent_AtAnEarlierTime_CountsTheWaitFromThen()
    {
        await _cli.ImportAndRunAsync();

        var draft = await _cli.JsonAsync("draft", "sent", "1", "--at", "2026-11-30T08:30Z", "--now", "2026-11-30T12:00Z");

        Assert.Equal(("sent", "2026-11-30T08:30:00+00:00"), (draft.GetProperty("status").GetString(), draft.GetProperty("decidedAt").GetString()));
        JsonContract.AssertDraft(draft);
        var run = (await _cli.JsonAsync("runs", "--playbook", "welcome", "--limit", "1"))[0];
        Assert.Equal("2026-12-07T08:30:00+00:00", run.GetProperty("wakeAt").GetString());
    }

    [Fact]
    public async Task DraftSent_Twice_ExitsOneWithWhenItWasSent()
    {
        await _cli.ImportAndRunAsync();
        await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T09:00Z");

        var again = await _cli.RunAsync("draft", "sent", "1", "--now", "2026-11-30T10:00Z");

        Assert.Equal(1, again.ExitCode);
        Assert.Equal("playbook: draft 1 was already sent on 2026-11-30 09:00Z; nothing to do\n", again.Error);
        Assert.Equal("", again.Output);
    }

    [Fact]
    public async Task DraftSent_UnknownDraft_ExitsOne()
    {
        await _cli.ImportAndRunAsync();

        var result = await _cli.RunAsync("draft", "sent", "99", "--now", Monday);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: no draft '99' in the store; list them with 'playbook drafts'\n", result.Error);
    }

    [Fact]
    public async Task DraftDiscard_WelcomeDraft_StopsItsRun()
    {
        await _cli.ImportAndRunAsync();

        var result = await _cli.RunAsync("draft", "discard", "3", "--now", "2026-11-30T09:05Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("draft 3 discarded; the run stopped: draft 3 was discarded\n", result.Output);
        var run = (await _cli.JsonAsync("runs", "--state", "stopped")).EnumerateArray().Single();
        Assert.Equal((7L, null, "draft 3 was discarded"), (run.GetProperty("id").GetInt64(), run.GetProperty("step").GetString(), run.GetProperty("reason").GetString()));
        var discarded = await _cli.RunAsync("draft", "discard", "3", "--now", "2026-11-30T09:06Z");
        Assert.Equal("playbook: draft 3 was already discarded on 2026-11-30 09:05Z; nothing to do\n", discarded.Error);
    }

    public void Dispose() => _cli.Dispose();
}
