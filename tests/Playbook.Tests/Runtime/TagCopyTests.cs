using Dapper;
using Playbook.Engine.Events;
using Playbook.Engine.Store;

namespace Playbook.Tests.Runtime;

/// <summary>
/// A batch run writes the tags it gives to the contacts' tags and the time of each contact's last tag beside it, and
/// rewrites none of their rows: its own reads of a contact see the tags at once, and the store after the pass reads as if
/// each tag had been written to the row as it was given.
/// </summary>
public sealed class TagCopyTests : IDisposable
{
    private readonly RuntimeHarness _h = new();

    public TagCopyTests()
    {
        _h.Playbook("met.yaml", """
            schema: 1
            name: met
            on: invitation.received
            when: '!HasTag("met")'
            steps:
              - id: met
                tag: met
            """);
    }

    [Fact]
    public void Run_PlaybookThatTags_LeavesTheContactRowWithTheTagAndTheTimeOfTheRun()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Advance(TimeSpan.FromHours(1));

        _h.Run();

        var contact = _h.Db.Contacts.Find(ana)!;
        Assert.Equal(["met"], contact.Tags);
        Assert.Equal(_h.Now, contact.UpdatedAt);
        Assert.Equal(StoreFormat.Instant(_h.Now), _h.Db.Connection.ExecuteScalar<string>("SELECT tagged_at FROM contact_tagged WHERE contact_id = @ana", new { ana }));
        Assert.NotEqual(StoreFormat.Instant(_h.Now), _h.Db.Connection.ExecuteScalar<string>("SELECT updated_at FROM contacts WHERE id = @ana", new { ana }));
        Assert.Equal(["Ana Ruiz"], _h.Db.Contacts.Search("met").Select(c => c.FullName));
    }

    [Fact]
    public void Run_TwoInvitationsOfOneContactInOnePass_TheSecondSeesTheTagTheFirstGave()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 2);
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        Assert.Equal(1, report.RunsStarted);
        Assert.Equal(1, report.SkippedByWhen);
        Assert.Equal(["met"], _h.Db.Contacts.Find(ana)!.Tags);
    }

    public void Dispose() => _h.Dispose();
}
