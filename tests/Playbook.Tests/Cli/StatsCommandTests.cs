using System.Globalization;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary><c>stats</c>: the funnel as a table, JSON and CSV, over an imported export with or without playbooks.</summary>
public sealed class StatsCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Stats_EmptyStore_SaysSoAndHowToFillIt()
    {
        var result = await _cli.RunAsync("stats");
        var json = await _cli.JsonAsync("stats");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("No invitations in the store yet, so there is no funnel to show.", result.OutputLines[0]);
        Assert.Contains("playbook import linkedin PATH", result.OutputLines[1], StringComparison.Ordinal);
        Assert.True(json.GetProperty("empty").GetBoolean());
        Assert.Equal(0, json.GetProperty("total").GetProperty("invitations").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("total").GetProperty("rates").GetProperty("conversations").ValueKind);
    }

    [Fact]
    public async Task Stats_ImportedExportAlone_AnswersTheQuestionWithRepliesAttributedToManual()
    {
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("stats");
        var byPlaybook = await _cli.RunAsync("stats", "--by", "playbook");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines;
        Assert.Equal("STEP                   COUNT  RATE   95% INTERVAL  OF", lines[0]);
        Assert.Equal("Invitations received   31", lines[1]);
        Assert.Equal("Personal replies sent  14     45.2%                invitations", lines[2]);
        Assert.Equal("Answered               9      64.3%  38.8%–83.7%   personal replies", lines[3]);
        Assert.Equal("  brush-offs           3      21.4%                personal replies", lines[4]);
        Assert.Equal("Real conversations     5      35.7%  16.3%–61.2%   personal replies", lines[6]);
        Assert.Contains("Median time to the first answer: 1 d 5 h (over 9 answers).", lines);
        Assert.Equal(
            "Real conversations: 35.7% of personal replies (95% interval 16.3%–61.2%); the practice's baseline is about 10%: above the baseline.",
            lines[^1]);
        Assert.Equal(["PLAYBOOK", "manual", "all"], byPlaybook.OutputLines.Take(3).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public async Task Stats_Json_CarriesCountsRatesIntervalAndGroups()
    {
        await _cli.ImportAndRunAsync();

        var json = await _cli.JsonAsync("stats", "--by", "playbook");

        Assert.Equal("playbook", json.GetProperty("by").GetString());
        Assert.Equal(0.1, json.GetProperty("baseline").GetDouble());
        var total = json.GetProperty("total");
        Assert.Equal((31, 14, 9, 3, 1, 5, 0, 0), (
            total.GetProperty("invitations").GetInt32(), total.GetProperty("personalReplies").GetInt32(), total.GetProperty("answered").GetInt32(),
            total.GetProperty("brushOffs").GetInt32(), total.GetProperty("negative").GetInt32(), total.GetProperty("conversations").GetInt32(),
            total.GetProperty("meetings").GetInt32(), total.GetProperty("collaborations").GetInt32()));
        Assert.Equal(0.3571, total.GetProperty("rates").GetProperty("conversations").GetDouble());
        Assert.Equal((0.1634, 0.6124), (total.GetProperty("conversationInterval").GetProperty("low").GetDouble(), total.GetProperty("conversationInterval").GetProperty("high").GetDouble()));
        Assert.Equal(29.6, total.GetProperty("medianHoursToFirstReply").GetDouble());
        var groups = json.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("invitations").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["manual"] = 16, ["welcome"] = 15 }, groups);
    }

    [Fact]
    public async Task Stats_Csv_WritesAPrivateFileWithOneRowPerGroupAndTheTotal()
    {
        await _cli.ImportAndRunAsync();
        var path = _cli.Folder.File("funnel.csv");

        var result = await _cli.RunAsync("stats", "--by", "month", "--csv", path);
        var toStdout = await _cli.RunAsync("stats", "--csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = File.ReadAllLines(path);
        Assert.StartsWith("group,invitations,personal_replies,answered,brush_offs,negative,conversations,", rows[0], StringComparison.Ordinal);
        Assert.Equal(["2023-02", "2024-06", "2025-03", "2026-08", "2026-09", "2026-10", "2026-11", "all"], rows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.StartsWith("all,31,14,9,3,1,5,0,0,0.4516,0.6429,", rows[^1], StringComparison.Ordinal);
        Assert.Equal($"Wrote 8 rows to {path}", result.ErrorLines.Single());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Equal(["group", "all"], toStdout.OutputLines.Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Stats_ByVariant_ShowsEachVariantWithItsIntervalAndSaysWhenItIsTooEarlyToTell()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("playbooks");
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        File.WriteAllText(Path.Combine(folder, "templates", "short.liquid"), "Hola {{ contact.first_name }}, ¿hablamos?");
        File.WriteAllText(Path.Combine(folder, "welcome.yaml"), """
            schema: 1
            name: welcome
            on: invitation.received
            max_age: 14d
            steps:
              - id: welcome
                draft: { template: welcome, variants: [short] }
            """);
        var run = await _cli.RunAsync("run", "--now", RuntimeTestData.Monday, "--playbooks", folder);
        Assert.True(run.ExitCode == 0, run.ToString());
        var drafts = (await _cli.JsonAsync("drafts")).EnumerateArray().ToList();
        foreach (var draft in drafts)
        {
            var sent = await _cli.RunAsync("draft", "sent", draft.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--now", "2026-11-30T09:00Z", "--playbooks", folder);
            Assert.True(sent.ExitCode == 0, sent.ToString());
        }

        var engagedContact = drafts.First(d => d.GetProperty("variant").GetString() == "short").GetProperty("contactId").GetInt64();
        await _cli.RunAsync("event", "add", "message.received", "--contact", engagedContact.ToString(CultureInfo.InvariantCulture),
            "--at", "2026-12-01T10:00Z", "--body", "¡Claro! ¿Te va bien el jueves a las 10?", "--now", "2026-12-01T10:05Z");

        var result = await _cli.RunAsync("stats", "--by", "variant");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("VARIANT", result.OutputLines[0].Split(' ')[0]);
        var shortRow = result.OutputLines.Single(l => l.StartsWith("short ", StringComparison.Ordinal));
        Assert.Matches(@"^short\s+\d+\s+\d+ \(100%\)\s+1 \(\d+(\.\d)?%\)", shortRow);
        Assert.Contains(result.OutputLines, l => l.StartsWith("welcome ", StringComparison.Ordinal));
        Assert.Matches(
            @"^'short' turns \d+(\.\d)?% of \d+ personal repl(y|ies) into real conversations, '\S+' \d+(\.\d)?% of \d+: the difference is not significant yet \(p = [0-9.]+, Fisher's exact test\); keep collecting\.$",
            result.OutputLines[^1]);
    }

    [Fact]
    public async Task Stats_ByPlaybook_CountsAPlaybookThatNoInvitationStartsWithItsVariants()
    {
        await _cli.ImportExampleZipAsync();
        var folder = _cli.Folder.Folder("playbooks");
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        File.WriteAllText(Path.Combine(folder, "templates", "thanks.liquid"), "Thanks for today, {{ contact.first_name }}!");
        File.WriteAllText(Path.Combine(folder, "thank-you.yaml"), """
            schema: 1
            name: thank-you
            on: meeting
            steps:
              - id: thanks
                draft: { template: thanks }
              - id: wait
                wait: 3d
                until: replied
            """);
        await _cli.RunAsync("event", "add", "meeting", "--contact", "1", "--at", "2026-11-29T10:00Z", "--now", "2026-11-29T12:00Z");
        var run = await _cli.RunAsync("run", "--playbook", "thank-you", "--now", "2026-11-30T08:00Z", "--playbooks", folder);
        Assert.True(run.ExitCode == 0, run.ToString());
        var draft = (await _cli.JsonAsync("drafts", "--playbooks", folder)).EnumerateArray().Single(d => d.GetProperty("playbook").GetString() == "thank-you");
        await _cli.RunAsync("draft", "sent", draft.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--now", "2026-11-30T09:00Z", "--playbooks", folder);
        await _cli.RunAsync("event", "add", "message.received", "--contact", "1", "--at", "2026-12-01T10:00Z",
            "--body", "¡Un placer! ¿Nos vemos el jueves a las 10?", "--now", "2026-12-01T10:05Z");

        var table = await _cli.RunAsync("stats", "--by", "playbook", "--playbooks", folder);
        var csv = await _cli.RunAsync("stats", "--by", "playbook", "--csv", "--playbooks", folder);

        Assert.True(table.ExitCode == 0, table.ToString());
        var at = table.OutputLines.ToList().IndexOf("What each playbook's sent drafts led to (every playbook, whatever starts it):");
        Assert.True(at > 0, table.Output);
        Assert.StartsWith("PLAYBOOK   STEP    VARIANT  RUNS  DRAFTS SENT  REPLIED IN WAIT  CONVERSATIONS", table.OutputLines[at + 1], StringComparison.Ordinal);
        Assert.Matches(@"^thank-you\s+1\s+1\s+1 \(100%\)\s+1 \(100%\)", table.OutputLines[at + 2]);
        Assert.Matches(@"^\s+thanks\s+\(none\)\s+1\s+1\s+1 \(100%\)", table.OutputLines[at + 3]);
        Assert.Equal(
            [
                "playbook,step,variant,runs,drafts_sent,replied_within_wait,reply_rate,conversations,conversation_rate,conversation_rate_low,conversation_rate_high,meetings,meeting_rate,collaborations,collaboration_rate",
                "thank-you,,,1,1,1,1,1,1,0.2065,1,0,0,0,0",
                "thank-you,thanks,(none),1,1,1,1,1,1,0.2065,1,0,0,0,0",
            ],
            csv.OutputLines.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task Stats_UnknownDimension_IsACommandLineError()
    {
        var result = await _cli.RunAsync("stats", "--by", "colour");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("colour", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
