using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>A reply on X counts as a reply once the person from X is merged into the contact the welcome waits on.</summary>
public sealed class MergedNetworkReplyTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness()
        .WithHello(Samples.Hello.Replace("wait: 7d", "wait: 7d\n    until: replied", StringComparison.Ordinal));

    private (long Ana, long FromX) WelcomeSentThenAReplyOnX()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        _h.Runtime.MarkSent(Assert.Single(_h.Db.Drafts.List()).Id);
        _h.Advance(TimeSpan.FromDays(2));
        var fromX = _h.Db.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(_h.Db.Connection, transaction, "x", _h.Now);
            var (id, _) = writer.Upsert(new ContactFacts { FirstName = "Ana", LastName = "Ruiz", Identity = new NetworkIdentity("x", "2847561930") },
                DateOnly.FromDateTime(_h.Now.UtcDateTime));
            writer.Complete();
            return id;
        });
        _h.Db.Events.Add(fromX, EventKinds.MessageReceived, at: _h.Now, body: "¡Gracias! Hablamos el jueves", channel: "x");
        return (ana, fromX);
    }

    [Fact]
    public void Tick_ReplyOnXFromAMergedContact_EndsTheWaitWithoutANudge()
    {
        var (ana, fromX) = WelcomeSentThenAReplyOnX();

        _h.Db.Merges.Merge(ana, fromX);
        _h.Advance(TimeSpan.FromDays(6));
        var tick = _h.Tick();

        Assert.Equal((1, 0, 1), (tick.RunsResumed, tick.Drafts, tick.Done));
        Assert.Equal(RunStates.Done, _h.OnlyRun().State);
        Assert.Empty(_h.Db.Drafts.List());
    }

    [Fact]
    public void Tick_ReplyOnXFromAPersonNotMerged_IsNotTheirReply()
    {
        WelcomeSentThenAReplyOnX();

        _h.Advance(TimeSpan.FromDays(6));
        var tick = _h.Tick();

        Assert.Equal(1, tick.Drafts);
        Assert.Equal("Still there, Ana?", _h.Db.Drafts.List().OrderBy(d => d.Id).Last().Body);
    }

    public void Dispose() => _h.Dispose();
}
