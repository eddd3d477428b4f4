using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;

namespace Playbook.Tests.Runtime;

public sealed class DraftDecisionTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    [Fact]
    public void MarkSent_RecordsTheMessageAsSentAndMovesANewContactToContacted()
    {
        var (ana, draft) = Drafted();
        var at = _h.Now.AddHours(2);

        var sent = _h.Runtime.MarkSent(draft, at);

        Assert.Equal((DraftStatuses.Sent, at), (sent.Status, sent.DecidedAt));
        var message = Assert.Single(_h.Db.Events.List(ana, EventKinds.MessageSent));
        Assert.Equal((message.Id, "Hi Ana, thanks for connecting!", at, "linkedin", "out"), (sent.EventId!.Value, message.Body, message.At, message.Channel, message.Direction));
        Assert.Equal("contacted", _h.Db.Contacts.Find(ana)!.Stage);
    }

    [Fact]
    public void MarkSent_Twice_SaysItWasAlreadySent()
    {
        var (_, draft) = Drafted();
        _h.Runtime.MarkSent(draft);

        var error = Assert.Throws<RuntimeException>(() => _h.Runtime.MarkSent(draft));

        Assert.Equal($"draft {draft} was already sent on {_h.Now:yyyy-MM-dd HH:mm}Z; nothing to do", error.Message);
        Assert.Single(_h.Db.Events.List(kind: EventKinds.MessageSent));
    }

    [Fact]
    public void MarkSent_UnknownDraft_IsNotFound()
    {
        var error = Assert.Throws<NotFoundException>(() => _h.Runtime.MarkSent(42));

        Assert.Equal("no draft '42' in the store; list them with 'playbook drafts'", error.Message);
    }

    [Fact]
    public void Discard_StopsTheRunItHeld()
    {
        var (ana, draft) = Drafted();

        var discarded = _h.Runtime.Discard(draft);

        Assert.Equal(DraftStatuses.Discarded, discarded.Status);
        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Stopped, $"draft {draft} was discarded"), (run.State, run.Reason));
        Assert.Empty(_h.Db.Events.List(ana, EventKinds.MessageSent));
        Assert.Equal("new", _h.Db.Contacts.Find(ana)!.Stage);
    }

    [Fact]
    public void Edit_PendingDraft_KeepsTheNewTextWhichIsWhatGetsRecordedAsSent()
    {
        var (ana, draft) = Drafted();

        _h.Db.Drafts.Edit(draft, "Hola Ana, ¿un café?");
        _h.Runtime.MarkSent(draft);

        Assert.Equal("Hola Ana, ¿un café?", Assert.Single(_h.Db.Events.List(ana, EventKinds.MessageSent)).Body);
    }

    private (long Contact, long Draft) Drafted()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        return (ana, Assert.Single(_h.Db.Drafts.List()).Id);
    }

    public void Dispose() => _h.Dispose();
}
