using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>The built-in reply-received on a reply that asks to be written to later, or that refers you to someone else.</summary>
public sealed class ReplyInstructionRunTests : IDisposable
{
    private readonly RuntimeHarness _h = new(builtIns: true);

    private long Reply(long contact, string body, string? followUpOn, string? referral)
    {
        var id = _h.Event(contact, EventKinds.MessageReceived, daysAgo: 0, body: body);
        _h.Instruct(id, followUpOn, referral);
        return id;
    }

    [Fact]
    public void Run_LaterReply_CreatesATaskDueOnTheDayItAsksForInsteadOfProposingACall()
    {
        var beatriz = _h.Contact("Beatriz", "Soto");
        var reply = Reply(beatriz, "Escríbeme en enero y lo vemos.", "2027-01-04", null);

        _h.Run();

        var task = Assert.Single(_h.Db.Tasks.List());
        Assert.Equal("Write to Beatriz again (asked for January)", task.Text);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero), task.DueAt);
        Assert.Equal((reply, (long?)null), (task.EventId, task.LinkedContactId));
        Assert.Equal("replied", _h.Db.Contacts.Find(beatriz)!.Stage);
    }

    [Theory]
    [InlineData("Ping me again in Q1", "2027-01-04", "Write to Beatriz again (asked for Q1)")]
    [InlineData("Let's reconnect in a couple of weeks", "2026-12-14", "Write to Beatriz again (asked for in two weeks)")]
    [InlineData("¿Me escribes la semana que viene?", "2026-12-07", "Write to Beatriz again (asked for next week)")]
    [InlineData("Hablamos después del 14", "2026-12-14", "Write to Beatriz again (asked for Mon 14 Dec)")]
    public void Run_LaterReply_SaysWhatItAskedForInItsOwnTerms(string body, string day, string text)
    {
        var beatriz = _h.Contact("Beatriz", "Soto");
        Reply(beatriz, body, day, null);

        _h.Run();

        Assert.Equal(text, Assert.Single(_h.Db.Tasks.List()).Text);
    }

    [Fact]
    public void Run_ReferralToAContact_LinksTheTaskToThem()
    {
        var hugo = _h.Contact("Hugo", "Ferreira");
        var marta = _h.Contact("Marta", "Vidal");
        var reply = Reply(hugo, "No llevo yo ese tema, habla con Marta Vidal.", null, "marta vidal");

        _h.Run();

        var task = Assert.Single(_h.Db.Tasks.List());
        Assert.Equal("Contact Marta Vidal (referred by Hugo Ferreira)", task.Text);
        Assert.Equal((hugo, reply, (long?)marta), (task.ContactId, task.EventId, task.LinkedContactId));
        Assert.Equal(_h.Now.AddDays(1), task.DueAt);
    }

    [Fact]
    public void Run_ReferralToSomeoneNew_OffersToAddThem()
    {
        var hugo = _h.Contact("Hugo", "Ferreira");
        Reply(hugo, "Te paso con mi compañera Marta Vidal (marta@acme.es).", null, "Marta Vidal <marta@acme.es>");

        _h.Run();

        var task = Assert.Single(_h.Db.Tasks.List());
        Assert.Equal("Contact Marta Vidal <marta@acme.es> (referred by Hugo Ferreira; not in your contacts yet)", task.Text);
        Assert.Null(task.LinkedContactId);
    }

    [Fact]
    public void Run_ReferralWithTwoContactsOfThatName_LinksToNeither()
    {
        var hugo = _h.Contact("Hugo", "Ferreira");
        _h.Contact("Marta", "Vidal");
        _h.Store.AddContact("Marta", "Vidal", "Acme", "https://www.linkedin.com/in/marta-vidal-2");
        Reply(hugo, "Habla con Marta Vidal.", null, "Marta Vidal");

        _h.Run();

        Assert.Null(Assert.Single(_h.Db.Tasks.List()).LinkedContactId);
    }

    [Fact]
    public void Run_ReferralWithoutAName_SaysNoNameWasGiven()
    {
        var hugo = _h.Contact("Hugo", "Ferreira");
        Reply(hugo, "You should talk to my colleague.", null, "");

        _h.Run();

        Assert.Equal("Contact the person Hugo Ferreira referred you to (no name given)", Assert.Single(_h.Db.Tasks.List()).Text);
    }

    [Fact]
    public void Run_AgainAfterAReferral_WritesNoSecondTask()
    {
        var hugo = _h.Contact("Hugo", "Ferreira");
        Reply(hugo, "Habla con Marta Vidal.", null, "Marta Vidal");

        _h.Run();
        _h.Advance(TimeSpan.FromHours(1));
        _h.Run();
        _h.Tick();

        Assert.Single(_h.Db.Tasks.List());
        Assert.Single(_h.Db.Runs.List(playbook: "reply-received"));
    }

    [Fact]
    public void Run_LaterReplyDuringTheWelcome_EndsTheWaitAsAReply()
    {
        var beatriz = _h.Contact("Beatriz", "Soto");
        _h.Event(beatriz, EventKinds.InvitationReceived, daysAgo: 0, body: "Hola!");
        _h.Run();
        _h.Runtime.MarkSent(Assert.Single(_h.Db.Drafts.List()).Id);
        _h.Advance(TimeSpan.FromDays(2));
        Reply(beatriz, "Ahora no puedo, escríbeme en enero.", "2027-01-04", null);

        _h.Run();

        Assert.Equal(RunStates.Done, _h.Db.Runs.List(playbook: "welcome").Single().State);
        Assert.Equal("Write to Beatriz again (asked for January)", Assert.Single(_h.Db.Tasks.List()).Text);
    }

    public void Dispose() => _h.Dispose();
}
