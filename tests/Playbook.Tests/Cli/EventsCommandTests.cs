using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class EventsCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Events_Json_PrintsEveryEventWithTheContractFields()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("events", "--json");

        Assert.Equal(0, result.ExitCode);
        var events = result.Json();
        Assert.Equal(StoreEventCount(), events.GetArrayLength());
        Assert.All(events.EnumerateArray(), JsonContract.AssertEvent);
    }

    [Fact]
    public async Task Events_KindInvitationReceived_PrintsTheIncomingInvitations()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("events", "--kind", "invitation.received", "--json");

        var invitations = result.Json();
        Assert.Equal(31, invitations.GetArrayLength());
        Assert.All(invitations.Strings("kind"), k => Assert.Equal("invitation.received", k));
        Assert.All(invitations.Strings("direction"), d => Assert.Equal("in", d));
        Assert.All(invitations.Strings("channel"), c => Assert.Equal("linkedin", c));
    }

    [Fact]
    public async Task Events_ContactUrlAndKind_PrintsOnlyThoseOldestFirst()
    {
        await _cli.ImportExampleAsync();
        var lucia = (await _cli.RunAsync("contacts", "show", CliTestData.Lucia, "--json")).Json().GetProperty("id").GetInt64();

        var result = await _cli.RunAsync("events", "--contact", CliTestData.Lucia, "--kind", "message.sent", "--json");

        var sent = result.Json();
        Assert.True(sent.GetArrayLength() >= 1);
        Assert.All(sent.EnumerateArray(), e =>
        {
            Assert.Equal(lucia, e.GetProperty("contactId").GetInt64());
            Assert.Equal("message.sent", e.GetProperty("kind").GetString());
            Assert.Equal("out", e.GetProperty("direction").GetString());
        });
        var times = sent.Strings("at").Select(a => DateTimeOffset.Parse(a!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task Events_Text_PrintsATableAndTheCount()
    {
        await _cli.RunAsync("import", "linkedin", RepoPaths.OrgSignal("2023_Invitations.csv"));

        var result = await _cli.RunAsync("events", "--kind", "invitation.received");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ID", "AT", "KIND", "CONTACT", "CLASS", "BODY"], result.OutputLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2023-10-02 11:05  invitation.received  Ama Owusu", result.OutputLines[1], StringComparison.Ordinal);
        Assert.Equal("1 event", result.OutputLines[^1]);
    }

    private long StoreEventCount()
    {
        using var store = ContactStore.Open(_cli.DefaultDatabase, TimeProvider.System);
        return store.Events.Count();
    }

    public void Dispose() => _cli.Dispose();
}
