using Dapper;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

/// <summary>
/// The replies that asked for something, as the desk's Today reads them, and the tasks they asked for; and a referred
/// person added by hand.
/// </summary>
public sealed class AskedForTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestStore.Start.UtcDateTime);

    private readonly TestStore _test = new();
    private readonly long _beatriz;
    private readonly long _hugo;

    public AskedForTests()
    {
        _beatriz = _test.AddContact("Beatriz", "Soto");
        _hugo = _test.AddContact("Hugo", "Ferreira");
    }

    [Fact]
    public void AskedFor_ADayAheadOrAReferral_IsListedNewestFirst()
    {
        var later = Reply(_beatriz, "Escríbeme en enero.", TestStore.Start.AddDays(-2), followUpOn: "2027-01-04");
        var referral = Reply(_hugo, "Habla con Marta Vidal.", TestStore.Start.AddDays(-1), referral: "Marta Vidal");

        var asked = _test.Store.Events.AskedFor(TestStore.Start.AddDays(-30), Today);

        Assert.Equal([referral, later], asked.Select(e => e.Id));
        Assert.Equal(new DateOnly(2027, 1, 4), asked[1].FollowUpOn);
        Assert.Equal("Marta Vidal", asked[0].Referral);
    }

    [Fact]
    public void AskedFor_APastDayAnOlderReplyOrATaskDone_IsNotListed()
    {
        Reply(_beatriz, "I'm away until 11/27.", TestStore.Start.AddDays(-5), followUpOn: "2026-11-27");
        Reply(_hugo, "Ping me in January.", TestStore.Start.AddDays(-3), followUpOn: "2027-01-04");
        Reply(_hugo, "Actually, let's talk now!", TestStore.Start.AddDays(-1));
        var done = _test.AddContact("Sam", "Okafor");
        var referral = Reply(done, "Talk to Lucía.", TestStore.Start.AddDays(-1), referral: "Lucía");
        var task = Task(done, "Contact Lucía (referred by Sam Okafor)", referral);
        _test.Store.Tasks.Complete(task);
        var old = _test.AddContact("Ana", "Ruiz");
        Reply(old, "Talk to Pedro.", TestStore.Start.AddDays(-40), referral: "Pedro");

        var asked = _test.Store.Events.AskedFor(TestStore.Start.AddDays(-30), Today);

        Assert.Empty(asked);
    }

    [Fact]
    public void AskedBy_OpenTasksOfTheRepliesGiven_InOneList()
    {
        var later = Reply(_beatriz, "Escríbeme en enero.", TestStore.Start, followUpOn: "2027-01-04");
        var referral = Reply(_hugo, "Habla con Marta.", TestStore.Start, referral: "Marta");
        var write = Task(_beatriz, "Write to Beatriz again (she asked for January)", later);
        var contact = Task(_hugo, "Contact Marta (referred by Hugo Ferreira)", referral);
        _test.Store.Tasks.Complete(Task(_hugo, "Done already", referral));
        Task(_hugo, "Not asked by a reply", eventId: null);

        var tasks = _test.Store.Tasks.AskedBy([later, referral]);

        Assert.Equal([write, contact], tasks.Select(t => t.Id).Order());
        Assert.Equal(later, tasks.Single(t => t.Id == write).EventId);
        Assert.Empty(_test.Store.Tasks.AskedBy([]));
    }

    [Fact]
    public void ReferredPeopleAdd_SomeoneNew_IsAContactAddedByHandAndTheTaskLinksToThem()
    {
        var referral = Reply(_hugo, "Te paso con Lucía (lucia@acme.es).", TestStore.Start, referral: "Lucía Peña <lucia@acme.es>");
        var task = Task(_hugo, "Contact Lucía Peña (referred by Hugo Ferreira), not in your contacts yet", referral);

        var (id, created) = ReferredPeople.Add(_test.Store, "Lucía Peña", "lucia@acme.es", task);

        Assert.True(created);
        var lucia = _test.Store.Contacts.Find(id)!;
        Assert.Equal(("Lucía", "Peña", "manual"), (lucia.FirstName, lucia.LastName, Assert.Single(lucia.Sources)));
        Assert.Equal(["lucia@acme.es"], lucia.Emails);
        Assert.Equal(id, _test.Store.Tasks.Get(task).LinkedContactId);
        Assert.Single(_test.Store.Contacts.Search("lucia"));
    }

    [Fact]
    public void ReferredPeopleAdd_AnEmailAlreadyKnown_LinksThatContactAsTheyAre()
    {
        var marta = _test.AddContact("Marta", "Vidal García", email: "marta@acme.es");
        var task = Task(_hugo, "Contact Marta (referred by Hugo Ferreira)", eventId: null);
        var count = _test.Store.Contacts.Count();

        var (id, created) = ReferredPeople.Add(_test.Store, "Marta", "MARTA@acme.es", task);

        Assert.False(created);
        Assert.Equal(marta, id);
        Assert.Equal(count, _test.Store.Contacts.Count());
        Assert.Equal("Marta Vidal García", _test.Store.Contacts.Find(marta)!.FullName);
        Assert.Equal(marta, _test.Store.Tasks.Get(task).LinkedContactId);
    }

    [Fact]
    public void ReferredPeopleAdd_NoSuchTask_SaysSoAndAddsNobody()
    {
        var count = _test.Store.Contacts.Count();

        var error = Assert.Throws<NotFoundException>(() => ReferredPeople.Add(_test.Store, "Lucía", null, 999));

        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Equal(count, _test.Store.Contacts.Count());
    }

    [Fact]
    public void ReferredPeopleAdd_NeitherNameNorEmail_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => ReferredPeople.Add(_test.Store, " ", "", null));

        Assert.StartsWith("Give the person's name or email to add them.", error.Message, StringComparison.Ordinal);
    }

    private long Reply(long contactId, string body, DateTimeOffset at, string? followUpOn = null, string? referral = null)
    {
        var reply = _test.Store.Events.Add(contactId, EventKinds.MessageReceived, at, body, "linkedin");
        _test.Store.Connection.Execute("UPDATE events SET follow_up_on = @followUpOn, referral = @referral WHERE id = @id", new { followUpOn, referral, id = reply.Id });
        return reply.Id;
    }

    private long Task(long contactId, string text, long? eventId) =>
        _test.Store.Connection.ExecuteScalar<long>(
            """
            INSERT INTO tasks (contact_id, playbook, text, due_at, due_ticks, created_at, event_id)
            VALUES (@contactId, 'reply', @text, @at, @ticks, @at, @eventId) RETURNING id
            """,
            new { contactId, text, at = StoreFormat.Instant(TestStore.Start), ticks = TestStore.Start.UtcTicks, eventId });

    public void Dispose() => _test.Dispose();
}
