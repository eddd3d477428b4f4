using System.Globalization;
using System.Text.Json;
using Playbook.Tests.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// Replies that say when, through the command line over the example export: an out-of-office moves the nudge to after
/// the return, a later reply and a referral become tasks, and a parked contact is not losing touch.
/// </summary>
public sealed class ReplyInstructionCliTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    private async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<JsonElement> JsonAsync(params string[] args) => JsonDocument.Parse((await OkAsync([.. args, "--json"])).Output).RootElement;

    private async Task<long> ContactAsync(string url) => (await JsonAsync("contacts", "show", url)).GetProperty("id").GetInt64();

    /// <summary>Adds a received message through the command line, and checks what its classification read from it.</summary>
    private async Task<long> ReplyAsync(long contact, string at, string body, string? followUpOn, string? referral)
    {
        var added = await JsonAsync("event", "add", "message.received", "--contact", Id(contact), "--at", at, "--body", body);
        Assert.Equal(followUpOn, added.GetProperty("followUpOn").GetString());
        Assert.Equal(referral, added.GetProperty("referral").GetString());
        return added.GetProperty("id").GetInt64();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Tick_OutOfOfficeDuringTheWelcomeWait_NudgesOnlyAfterTheReturn()
    {
        await _cli.ImportExampleAsync();
        await OkAsync("run", "--now", "2026-11-30T08:00Z");
        var draft = (await JsonAsync("drafts")).EnumerateArray().First();
        var contact = draft.GetProperty("contactId").GetInt64();
        await OkAsync("draft", "sent", Id(draft.GetProperty("id").GetInt64()), "--now", "2026-11-30T09:00Z");
        var ooo = await ReplyAsync(contact, "2026-12-03T10:00Z", "I'm out of the office until 14 December with no access to email.", "2026-12-14", null);

        await OkAsync("tick", "--now", "2026-12-07T10:00Z");
        var early = (await JsonAsync("drafts", "--status", "all")).EnumerateArray().Count(d => d.GetProperty("contactId").GetInt64() == contact);
        await OkAsync("tick", "--now", "2026-12-16T09:00Z");
        var back = (await JsonAsync("drafts", "--status", "all")).EnumerateArray().Count(d => d.GetProperty("contactId").GetInt64() == contact);

        Assert.Equal((1, 2), (early, back));
    }

    [Fact]
    public async Task Run_LaterReplyAndReferral_BecomeTasksThatNameTheReply()
    {
        await _cli.ImportExampleAsync();
        var lucia = await ContactAsync(CliTestData.Lucia);
        var later = await ReplyAsync(lucia, "2026-11-29T10:00Z", "Ahora no puedo. Escríbeme en enero y lo vemos.", "2027-01-04", null);

        await OkAsync("run", "--now", "2026-11-30T08:00Z");

        var task = Assert.Single((await JsonAsync("tasks")).EnumerateArray(), t => t.GetProperty("contactId").GetInt64() == lucia);
        Assert.Equal("Write to Lucía again (asked for January)", task.GetProperty("text").GetString());
        Assert.Equal(later, task.GetProperty("eventId").GetInt64());
        Assert.Equal(JsonValueKind.Null, task.GetProperty("linkedContactId").ValueKind);

        var referral = await ReplyAsync(lucia, "2026-11-30T10:00Z", "No llevo yo ese tema, habla con Marta Vidal (marta@acme.es).", null, "Marta Vidal <marta@acme.es>");
        await OkAsync("run", "--now", "2026-11-30T11:00Z");

        var referred = Assert.Single((await JsonAsync("tasks")).EnumerateArray(), t => t.GetProperty("eventId").ValueKind == JsonValueKind.Number
            && t.GetProperty("eventId").GetInt64() == referral);
        Assert.Equal("Contact Marta Vidal <marta@acme.es> (referred by Lucía Peña; not in your contacts yet)", referred.GetProperty("text").GetString());
    }

    [Fact]
    public async Task LosingTouch_ContactWhoAskedForLater_IsParkedNotLost()
    {
        await _cli.ImportExampleAsync();
        await OkAsync("contacts", "tag", CliTestData.Lucia, "close");
        await OkAsync("contacts", "stage", CliTestData.Lucia, "meeting");
        var lucia = await ContactAsync(CliTestData.Lucia);
        await ReplyAsync(lucia, "2026-11-25T10:00Z", "Hablamos en abril, ahora estamos a tope.", "2027-04-01", null);

        var parked = await OkAsync("losing-touch", "--now", "2027-03-01T00:00Z");
        var json = await JsonAsync("losing-touch", "--now", "2027-03-01T00:00Z");
        var after = await JsonAsync("losing-touch", "--now", "2027-04-02T00:00Z");

        Assert.Equal("Nobody is losing touch.", parked.OutputLines[0]);
        Assert.Contains("Parked: they asked to be written to later, and are judged again after that day.", parked.OutputLines);
        Assert.Contains(parked.OutputLines, l => l.Contains("Lucía Peña", StringComparison.Ordinal) && l.Contains("2027-04-01", StringComparison.Ordinal));
        Assert.Equal("2027-04-01", Assert.Single(json.EnumerateArray()).GetProperty("parkedUntil").GetString());
        Assert.Equal(JsonValueKind.Null, Assert.Single(after.EnumerateArray()).GetProperty("parkedUntil").ValueKind);
    }

    public void Dispose() => _cli.Dispose();
}
