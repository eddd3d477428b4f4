using Dapper;
using Playbook.Engine.Events;
using Playbook.Tests.Runtime;

namespace Playbook.Tests.Store;

/// <summary>The queries the Today screen reads: drafts by what started their run, and replies waiting for an answer.</summary>
public sealed class DeskQueriesTests : IDisposable
{
    private readonly RuntimeHarness _h = new();

    [Fact]
    public void Unanswered_LatestMessageOfEachContact_IsListedWhenItIsTheirsAndNeedsAnAnswer()
    {
        var waiting = _h.Contact("Ana", "Ruiz");
        _h.Event(waiting, EventKinds.MessageSent, daysAgo: 3, "Hola Ana");
        _h.Event(waiting, EventKinds.MessageReceived, daysAgo: 2, "¿Hablamos el jueves?");
        var answered = _h.Contact("Bea", "Gil");
        _h.Event(answered, EventKinds.MessageReceived, daysAgo: 3, "¿Hablamos?");
        _h.Event(answered, EventKinds.MessageSent, daysAgo: 2, "¡Claro!");
        var automatic = _h.Contact("Carla", "Sanz");
        _h.Event(automatic, EventKinds.MessageReceived, daysAgo: 1, "Out of office until Monday. I will have limited access to email.");
        var old = _h.Contact("Dora", "Vidal");
        _h.Event(old, EventKinds.MessageReceived, daysAgo: 60, "¿Seguimos?");
        var newest = _h.Contact("Eva", "Mora");
        _h.Event(newest, EventKinds.MessageReceived, daysAgo: 0.5, "Thanks! When are you free?");

        var replies = _h.Db.Events.Unanswered(_h.Now.AddDays(-30));

        Assert.Equal([newest, waiting], replies.Select(e => e.ContactId));
    }

    [Fact]
    public void Pending_DraftsAnsweringInvitations_AreApartFromTheOthers()
    {
        _h.GreetingPlaybook("hi", EventKinds.InvitationReceived);
        _h.GreetingPlaybook("thanks", EventKinds.Meeting);
        var invited = _h.Contact("Ana", "Ruiz");
        _h.Event(invited, EventKinds.InvitationReceived, daysAgo: 1);
        var met = _h.Contact("Bea", "Gil");
        _h.Event(met, EventKinds.Meeting, daysAgo: 1);
        _h.Run();

        var pending = _h.Db.Drafts.Pending();

        Assert.Equal([invited], pending.Invitations.Select(d => d.ContactId));
        Assert.Equal([met], pending.Others.Select(d => d.ContactId));
        Assert.Equal((1, 1), (pending.InvitationCount, pending.OtherCount));
    }

    [Fact]
    public void Pending_WithALimit_ListsTheOldestOfEachSideAndCountsThemAll()
    {
        _h.GreetingPlaybook("hi", EventKinds.InvitationReceived);
        _h.GreetingPlaybook("thanks", EventKinds.Meeting);

        List<long> contacts = [_h.Contact("Ana", "Ruiz"), _h.Contact("Bea", "Gil"), _h.Contact("Carla", "Sanz")];
        foreach (var contact in contacts)
        {
            _h.Event(contact, EventKinds.InvitationReceived, daysAgo: 2);
            _h.Event(contact, EventKinds.Meeting, daysAgo: 1);
        }

        _h.Run();

        var pending = _h.Db.Drafts.Pending(limit: 2);

        Assert.Equal(2, pending.Invitations.Count);
        Assert.All(pending.Invitations, d => Assert.Equal("hi", d.Playbook));
        Assert.Equal(2, pending.Others.Count);
        Assert.All(pending.Others, d => Assert.Equal("thanks", d.Playbook));
        Assert.Equal((3, 3), (pending.InvitationCount, pending.OtherCount));
        Assert.True(pending.Invitations[0].Id < pending.Invitations[1].Id && pending.Others[0].Id < pending.Others[1].Id, "oldest first");
    }

    [Fact]
    public void Pending_ASecondDraftOfARun_IsNotAnInvitation_AndADraftKeepsItsKindWhenItsRunLosesItsEvent()
    {
        _h.GreetingPlaybook("hi", EventKinds.InvitationReceived);
        var kept = _h.Contact("Ana", "Ruiz");
        _h.Event(kept, EventKinds.InvitationReceived, daysAgo: 2);
        var gone = _h.Contact("Bea", "Gil");
        _h.Event(gone, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        var runOfGone = _h.Db.Runs.List().Single(r => r.ContactId == gone).Id;
        var runOfKept = _h.Db.Runs.List().Single(r => r.ContactId == kept).Id;
        // The kind is the draft's as it was written: a reply to an invitation stays one.
        _h.Db.Connection.Execute("UPDATE runs SET event_id = NULL WHERE id = @runOfGone", new { runOfGone });
        _h.Db.Connection.Execute(
            """
            INSERT INTO drafts (run_id, contact_id, playbook, step, channel, template, body, created_at)
            SELECT run_id, contact_id, playbook, 'later', channel, template, 'second', created_at FROM drafts WHERE run_id = @runOfKept
            """,
            new { runOfKept });

        var pending = _h.Db.Drafts.Pending();

        Assert.Equal([kept, gone], pending.Invitations.Select(d => d.ContactId));
        Assert.Equal([kept], pending.Others.Select(d => d.ContactId));
        Assert.Equal("second", pending.Others[0].Body);
        Assert.Equal((2, 1), (pending.InvitationCount, pending.OtherCount));
    }

    public void Dispose() => _h.Dispose();
}
