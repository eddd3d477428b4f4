using System.Globalization;
using System.Text.Json;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Store;
using Playbook.Engine.Time;
using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// Messages on X and Facebook through the command line, and everything after them: the funnel counts them by channel, a
/// reply there ends a welcome's wait and counts as answered, also once a person from X is merged into the contact who
/// invited you on LinkedIn, whose timeline and <c>contacts show</c> then carry the X history and identity.
/// </summary>
public sealed class OtherNetworksTests : IDisposable
{
    private const string Invited = "2026-11-30T08:00Z";

    private readonly CliSandbox _cli = new();

    public OtherNetworksTests() =>
        _cli.WriteConfig("me:\n  signature: Marta\n");

    [Fact]
    public async Task PersonalRepliesOnXAndFacebook_AreCountedByChannel()
    {
        var ana = await InvitedAsync("Ana Ruiz");
        var ben = await InvitedAsync("Ben Okafor");
        await LogAsync("message.sent", ana, "x", "2026-11-30T09:00Z", "Hola Ana, gracias por conectar. ¿Un café?");
        await LogAsync("message.received", ana, "x", "2026-12-01T09:00Z", "¡Claro! ¿El jueves a las 10?");
        await LogAsync("message.sent", ben, "facebook", "2026-11-30T09:30Z", "Hi Ben, thanks for connecting!");

        var byChannel = await _cli.JsonAsync("stats", "--by", "channel", "--now", "2026-12-02T08:00Z");
        var table = await RunOkAsync("stats", "--by", "channel", "--now", "2026-12-02T08:00Z");

        var groups = byChannel.GetProperty("groups").EnumerateArray().ToDictionary(g => Text(g, "key")!, g => (Count(g, "personalReplies"), Count(g, "answered")));
        Assert.Equal((1, 1), groups["x"]);
        Assert.Equal((1, 0), groups["facebook"]);
        Assert.Contains(table.OutputLines, l => l.StartsWith("x ", StringComparison.Ordinal));
        Assert.Contains(table.OutputLines, l => l.StartsWith("facebook ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("facebook")]
    public async Task ReplyOnXOrFacebook_DuringTheWelcomesWait_EndsItNoNudgeFollowsAndTheFunnelCountsItAnswered(string channel)
    {
        var ana = await InvitedAsync("Ana Ruiz");
        await WelcomeSentAsync(ana);

        await LogAsync("message.received", ana, channel, "2026-12-03T10:00Z", "¡Hola Marta! Me encantaría hablar. ¿Te viene bien el jueves a las 10?");
        await RunOkAsync("tick", "--now", "2026-12-08T11:00Z");

        AssertAnsweredWithoutANudge(await _cli.JsonAsync("runs"), await _cli.JsonAsync("drafts", "--status", "all"), await _cli.JsonAsync("stats"));
    }

    [Fact]
    public async Task ReplyOnX_FromAPersonOfXMergedIntoTheInvitedContact_EndsTheWaitAndShowsOnTheKeptContact()
    {
        var ana = await InvitedAsync("Ana Ruiz");
        await WelcomeSentAsync(ana);
        long fromX;
        using (var store = ContactStore.Open(_cli.DefaultDatabase, new FixedTimeProvider(Instant("2026-12-03T10:00Z"))))
        {
            fromX = NetworkPeople.Add(store, new NetworkIdentity(NetworkIdentity.X, "2847561930", "@anaruiz"), "Ana", "Ruiz");
            store.Events.Add(fromX, EventKinds.MessageReceived, Instant("2026-12-03T10:00Z"), "¡Hola Marta! Me encantaría hablar. ¿Te viene bien el jueves a las 10?", "x");
        }

        var merged = await RunOkAsync("contacts", "merge", Id(ana), Id(fromX), "--now", "2026-12-03T11:00Z");
        await RunOkAsync("tick", "--now", "2026-12-08T11:00Z");

        Assert.StartsWith($"Merged Ana Ruiz (id {fromX}) into Ana Ruiz (id {ana})", merged.Output, StringComparison.Ordinal);
        AssertAnsweredWithoutANudge(await _cli.JsonAsync("runs"), await _cli.JsonAsync("drafts", "--status", "all"), await _cli.JsonAsync("stats"));
        var shown = await _cli.JsonAsync("contacts", "show", "x:2847561930");
        Assert.Equal(ana, shown.GetProperty("id").GetInt64());
        var identity = Assert.Single(shown.GetProperty("identities").EnumerateArray());
        Assert.Equal(("x", "2847561930", "@anaruiz"), (Text(identity, "network"), Text(identity, "key"), Text(identity, "handle")));
        var reply = shown.GetProperty("events").EnumerateArray().Single(e => Text(e, "kind") == "message.received");
        Assert.Equal(("x", "engaged"), (Text(reply, "channel"), Text(reply, "classification")));
        var timeline = await RunOkAsync("contacts", "show", Id(ana));
        Assert.Contains("  Networks:  x:2847561930 @anaruiz", timeline.OutputLines);
        Assert.Contains("  2026-12-03 10:00  message.received    x         ¡Hola Marta! Me encantaría hablar. ¿Te viene bien el jueves a las 10?", timeline.OutputLines);
    }

    [Fact]
    public async Task ContactsShow_ContactOfNoOtherNetwork_HasNoNetworksLineAndAnEmptyIdentities()
    {
        var ana = await InvitedAsync("Ana Ruiz");

        var shown = await _cli.JsonAsync("contacts", "show", Id(ana));
        var text = await RunOkAsync("contacts", "show", Id(ana));

        Assert.Empty(shown.GetProperty("identities").EnumerateArray());
        Assert.DoesNotContain(text.OutputLines, l => l.StartsWith("  Networks:", StringComparison.Ordinal));
    }

    public void Dispose() => _cli.Dispose();

    private static void AssertAnsweredWithoutANudge(JsonElement runs, JsonElement drafts, JsonElement stats)
    {
        var welcome = runs.EnumerateArray().Single(r => Text(r, "playbook") == "welcome");
        Assert.Equal("done", Text(welcome, "state"));
        Assert.Equal([("welcome", "sent")], drafts.EnumerateArray().Select(d => (Text(d, "step"), Text(d, "status"))));
        var total = stats.GetProperty("total");
        Assert.Equal((1, 1, 1), (Count(total, "invitations"), Count(total, "personalReplies"), Count(total, "answered")));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static int Count(JsonElement row, string name) => row.GetProperty(name).GetInt32();

    private static string? Text(JsonElement item, string name) => item.GetProperty(name).GetString();

    private async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, string.Join(' ', args) + "\n" + result);
        return result;
    }

    private Task<CliResult> LogAsync(string kind, long contact, string channel, string at, string body) =>
        RunOkAsync("event", "add", kind, "--contact", Id(contact), "--channel", channel, "--at", at, "--body", body, "--now", at);

    /// <summary>A contact from an address book who invited the owner on LinkedIn at <see cref="Invited"/>.</summary>
    private async Task<long> InvitedAsync(string fullName)
    {
        var (first, last) = (fullName.Split(' ')[0], fullName.Split(' ')[1]);
        var card = _cli.Folder.Write($"{first}.vcf", $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{fullName}\r\nN:{last};{first};;;\r\nEND:VCARD\r\n");
        await RunOkAsync("import", "vcard", card, "--now", "2026-11-29T08:00Z");
        var id = await _cli.ContactIdAsync(fullName);
        await RunOkAsync("event", "add", "invitation.received", "--contact", Id(id), "--at", Invited, "--now", Invited);
        return id;
    }

    /// <summary>Runs the playbooks and marks the welcome to <paramref name="contact"/> sent: its run waits for a reply.</summary>
    private async Task WelcomeSentAsync(long contact)
    {
        await RunOkAsync("run", "--now", "2026-11-30T09:00Z");
        var drafts = await _cli.JsonAsync("drafts");
        var welcome = drafts.EnumerateArray().Single(d => d.GetProperty("contactId").GetInt64() == contact && Text(d, "step") == "welcome");
        await RunOkAsync("draft", "sent", Id(welcome.GetProperty("id").GetInt64()), "--now", "2026-11-30T10:00Z");
    }
}
