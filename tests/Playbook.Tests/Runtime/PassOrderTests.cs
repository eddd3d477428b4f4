using Dapper;
using Playbook.Engine.Events;
using Playbook.Engine.Runtime;

namespace Playbook.Tests.Runtime;

/// <summary>
/// The order in which a pass takes its pending events: oldest first, or, from <see cref="RuntimeSettings.ContactOrderFrom"/>
/// of them, contact by contact; the runs and what they write are the same either way.
/// </summary>
public sealed class PassOrderTests
{
    private const int Invitations = 600;

    [Fact]
    public void Run_FewerEventsThanTheContactOrderTakes_StartsTheRunsOldestInvitationFirst()
    {
        using var h = new RuntimeHarness { ContactOrderFrom = 4 };
        h.GreetingPlaybook("greet", EventKinds.InvitationReceived);
        var (ana, luis, eva) = (h.Contact("Ana", "Ruiz"), h.Contact("Luis", "Gil"), h.Contact("Eva", "Sanz"));
        h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        h.Event(luis, EventKinds.InvitationReceived, daysAgo: 3);
        h.Event(eva, EventKinds.InvitationReceived, daysAgo: 2);

        h.Run();

        Assert.Equal([luis, eva, ana], Column(h, "SELECT contact_id FROM runs ORDER BY id"));
        Assert.Equal([luis, eva, ana], Column(h, "SELECT contact_id FROM drafts ORDER BY id"));
    }

    [Fact]
    public void Run_AsManyEventsAsTheContactOrderTakes_StartsTheRunsContactByContactEachOneOldestFirstInTheCatalogsOrder()
    {
        using var h = new RuntimeHarness { ContactOrderFrom = 4 };
        h.TaggingPlaybook("a-tag", EventKinds.InvitationReceived, "seen");
        h.GreetingPlaybook("b-greet", EventKinds.InvitationReceived);
        var (ana, luis) = (h.Contact("Ana", "Ruiz"), h.Contact("Luis", "Gil"));
        var anaLater = h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        var luisOnly = h.Event(luis, EventKinds.InvitationReceived, daysAgo: 5);
        var anaFirst = h.Event(ana, EventKinds.InvitationReceived, daysAgo: 3);

        var report = h.Run();

        Assert.Equal(6, report.RunsStarted);
        Assert.Equal(
            [$"a-tag {ana} {anaFirst}", $"a-tag {ana} {anaLater}", $"b-greet {ana} {anaFirst}", $"b-greet {ana} {anaLater}", $"a-tag {luis} {luisOnly}", $"b-greet {luis} {luisOnly}"],
            h.Rows("SELECT playbook || ' ' || contact_id || ' ' || event_id FROM runs ORDER BY id"));
    }

    [Fact]
    public void Run_ManyInvitationsInTheContactsOrder_WritesForEachContactWhatTheOldestFirstOrderWrites()
    {
        using var byContact = Invited(new RuntimeHarness(builtIns: true) { ContactOrderFrom = Invitations });
        using var oldestFirst = Invited(new RuntimeHarness(builtIns: true) { ContactOrderFrom = Invitations + 1 });

        var first = byContact.Run();
        var second = oldestFirst.Run();

        Assert.Equal(Invitations, first.RunsStarted);
        Assert.Equal((second.RunsStarted, second.Drafts, second.Waiting, second.Done), (first.RunsStarted, first.Drafts, first.Waiting, first.Done));
        Assert.Equal(Column(byContact, "SELECT contact_id FROM runs ORDER BY contact_id"), Column(byContact, "SELECT contact_id FROM runs ORDER BY id"));
        Assert.NotEqual(Column(oldestFirst, "SELECT contact_id FROM runs ORDER BY contact_id"), Column(oldestFirst, "SELECT contact_id FROM runs ORDER BY id"));
        RuntimeHarness.AssertSameRows(oldestFirst, byContact,
            "SELECT r.playbook || ' ' || r.contact_id || ' ' || r.event_id || ' ' || r.state || ' ' || ifnull(r.step, '') FROM runs r ORDER BY r.contact_id, r.event_id",
            "SELECT d.contact_id || ' ' || d.body || ' ' || ifnull(d.analysis, '') || ' ' || ifnull(d.note, '') || ' ' || ifnull(d.language, '') FROM drafts d ORDER BY d.contact_id, d.event_id",
            "SELECT r.contact_id || ' ' || j.action FROM journal j JOIN runs r ON r.id = j.run_id ORDER BY r.contact_id, r.event_id, j.id",
            "SELECT contact_id || ' ' || tag FROM contact_tags ORDER BY contact_id, tag");
    }

    private static RuntimeHarness Invited(RuntimeHarness h)
    {
        string[] notes = ["", "Hi Ana, I lead the data team at Acme and saw your talk on analytics. Would love to connect.", "Hola Ana, ¿hablamos?"];
        for (var i = 0; i < Invitations; i++)
        {
            var contact = h.Store.AddContact($"P{i}", "Test", i % 3 == 0 ? "Acme" : null, $"https://www.linkedin.com/in/p{i}-test");
            // The later a contact came, the older their invitation: the two orders differ everywhere.
            h.Event(contact, EventKinds.InvitationReceived, daysAgo: 1 + (10.0 * i / Invitations), notes[i % notes.Length] is { Length: > 0 } note ? note : null);
        }

        return h;
    }

    private static List<long> Column(RuntimeHarness h, string sql) => [.. h.Db.Connection.Query<long>(sql)];
}
