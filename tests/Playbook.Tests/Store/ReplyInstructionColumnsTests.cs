using Playbook.Engine.Events;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

/// <summary>A received message's <c>followUpOn</c> and <c>referral</c> as the store keeps them and reads them back.</summary>
public sealed class ReplyInstructionColumnsTests : IDisposable
{
    private readonly TestStore _test = new();
    private readonly long _beatriz;

    public ReplyInstructionColumnsTests() => _beatriz = _test.AddContact("Beatriz", "Soto");

    [Fact]
    public void StoredDayAndReferral_AreReadBackByEveryQuery()
    {
        var reply = _test.Store.Events.Add(_beatriz, EventKinds.MessageReceived, body: "Gracias por escribir.", channel: "linkedin");
        _test.Execute($"UPDATE events SET follow_up_on = '2027-01-04', referral = 'Marta Vidal <marta@acme.es>' WHERE id = {reply.Id}");

        var read = _test.Store.Events.Get(reply.Id);
        var listed = Assert.Single(_test.Store.Events.List(_beatriz, EventKinds.MessageReceived));
        var streamed = Assert.Single(_test.Store.Events.All(), e => e.Id == reply.Id);

        foreach (var e in new[] { read, listed, streamed })
        {
            Assert.Equal(new DateOnly(2027, 1, 4), e.FollowUpOn);
            Assert.Equal("Marta Vidal <marta@acme.es>", e.Referral);
        }
    }

    [Fact]
    public void OtherEvents_HaveNeither()
    {
        var note = _test.Store.Events.Add(_beatriz, EventKinds.Note, body: "Met at the fair; write to her in January.");

        Assert.Null(note.FollowUpOn);
        Assert.Null(note.Referral);
        Assert.Equal(1, _test.Scalar($"SELECT count(*) FROM events WHERE id = {note.Id} AND follow_up_on IS NULL AND referral IS NULL"));
    }

    [Fact]
    public void Reclassify_WritesBothAgain()
    {
        var reply = _test.Store.Events.Add(_beatriz, EventKinds.MessageReceived, body: "Thanks for connecting!", channel: "linkedin");
        _test.Execute($"UPDATE events SET follow_up_on = '2027-01-04', referral = 'Someone Else' WHERE id = {reply.Id}");

        _test.Store.Events.Reclassify();

        var read = _test.Store.Events.Get(reply.Id);
        Assert.Null(read.FollowUpOn);
        Assert.Null(read.Referral);
        Assert.Equal("brush-off", read.Classification);
    }

    public void Dispose() => _test.Dispose();
}
