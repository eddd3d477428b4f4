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
        _h.Template("hi.liquid", "Hola {{ contact.first_name }}");
        _h.Playbook("hi.yaml", """
            schema: 1
            name: hi
            on: invitation.received
            steps:
              - id: hi
                draft: hi
            """);
        _h.Playbook("thanks.yaml", """
            schema: 1
            name: thanks
            on: meeting
            steps:
              - id: thanks
                draft: hi
            """);
        var invited = _h.Contact("Ana", "Ruiz");
        _h.Event(invited, EventKinds.InvitationReceived, daysAgo: 1);
        var met = _h.Contact("Bea", "Gil");
        _h.Event(met, EventKinds.Meeting, daysAgo: 1);
        _h.Run();

        Assert.Equal([invited], _h.Db.Drafts.Pending(answeringInvitations: true).Select(d => d.ContactId));
        Assert.Equal([met], _h.Db.Drafts.Pending(answeringInvitations: false).Select(d => d.ContactId));
    }

    public void Dispose() => _h.Dispose();
}
