using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

public sealed class WaitTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    [Fact]
    public void Tick_DraftNeverSent_HoldsTheRunHowEverLongItWaits()
    {
        Start();

        _h.Advance(TimeSpan.FromDays(30));
        var tick = _h.Tick();

        Assert.Equal(0, tick.RunsResumed);
        Assert.Equal(RunStates.Waiting, _h.OnlyRun().State);
        Assert.Single(_h.Db.Drafts.List());
    }

    [Fact]
    public void MarkSent_WaitCountsFromWhenTheDraftWasSent()
    {
        var draft = Start();
        _h.Advance(TimeSpan.FromDays(3));

        _h.Runtime.MarkSent(draft);

        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Waiting, "wait"), (run.State, run.Step));
        Assert.Equal(_h.Now.AddDays(7), run.WakeAt);
        Assert.Equal(_h.Now, run.WaitFrom);
    }

    [Fact]
    public void Tick_BeforeTheWaitIsOver_DoesNothing()
    {
        var draft = Start();
        _h.Runtime.MarkSent(draft);

        _h.Advance(TimeSpan.FromDays(6.9));
        var tick = _h.Tick();

        Assert.Equal((0, 0), (tick.RunsResumed, tick.Drafts));
        Assert.Equal("wait", _h.OnlyRun().Step);
    }

    [Fact]
    public void Tick_WaitOverWithoutReply_DraftsTheNudge()
    {
        var draft = Start();
        _h.Runtime.MarkSent(draft);

        _h.Advance(TimeSpan.FromDays(7));
        var tick = _h.Tick();

        Assert.Equal((1, 1), (tick.RunsResumed, tick.Drafts));
        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Waiting, "call"), (run.State, run.Step));
        var nudge = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal(("Still there, Ana?", "nudge", run.Id), (nudge.Body, nudge.Step, nudge.RunId));
    }

    [Fact]
    public void Tick_ReplyAfterTheDraftWasSent_EndsTheRunWithoutANudge()
    {
        var draft = Start();
        _h.Runtime.MarkSent(draft);
        var ana = _h.OnlyRun().ContactId;
        _h.Advance(TimeSpan.FromDays(2));
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 0, body: "¡Gracias! Hablamos pronto");

        _h.Advance(TimeSpan.FromDays(6));
        var tick = _h.Tick();

        Assert.Equal((1, 0, 1), (tick.RunsResumed, tick.Drafts, tick.Done));
        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Done, null), (run.State, run.Step));
        Assert.Equal(
            [$"wait woke: Ana Ruiz replied on {Show(_h.Now.AddDays(-6))}", "- done: the wait ended it: the run ends here"],
            _h.Journal(run.Id).TakeLast(2));
        Assert.Empty(_h.Db.Drafts.List());
    }

    [Fact]
    public void Tick_ReplyBeforeTheWaitIsOver_EndsTheRunAtOnce()
    {
        var draft = Start();
        _h.Runtime.MarkSent(draft);
        _h.Advance(TimeSpan.FromDays(1));
        _h.Event(_h.OnlyRun().ContactId, EventKinds.MessageReceived, daysAgo: 0, body: "Hi!");

        var tick = _h.Tick();

        Assert.Equal(RunStates.Done, _h.OnlyRun().State);
        Assert.Equal(1, tick.Done);
    }

    [Fact]
    public void Tick_AutomaticReply_DoesNotEndTheWait()
    {
        var draft = Start();
        _h.Runtime.MarkSent(draft);
        _h.Advance(TimeSpan.FromDays(1));
        var auto = _h.Event(_h.OnlyRun().ContactId, EventKinds.MessageReceived, daysAgo: 0, body: "I am out of office");
        _h.Classify(auto, "auto");

        _h.Advance(TimeSpan.FromDays(7));
        var tick = _h.Tick();

        Assert.Equal(1, tick.Drafts);
    }

    [Fact]
    public void Tick_ReplyBeforeTheDraftWasSent_DoesNotEndTheWaitAfterIt()
    {
        var draft = Start();
        _h.Event(_h.OnlyRun().ContactId, EventKinds.MessageReceived, daysAgo: 0, body: "Hi there");
        _h.Advance(TimeSpan.FromHours(1));
        _h.Runtime.MarkSent(draft);

        _h.Advance(TimeSpan.FromDays(7));
        var tick = _h.Tick();

        Assert.Equal(1, tick.Drafts);
    }

    [Fact]
    public void Tick_UntilInteraction_EndsOnAMeetingButNotOnTheSentDraftItself()
    {
        _h.WithHello(Samples.Hello.Replace("wait: 7d", "wait: 7d\n    until: interaction", StringComparison.Ordinal));
        var draft = Start();
        _h.Runtime.MarkSent(draft);

        _h.Advance(TimeSpan.FromDays(1));
        var quiet = _h.Tick();
        _h.Event(_h.OnlyRun().ContactId, EventKinds.Meeting, daysAgo: 0, body: "Coffee");
        var met = _h.Tick();

        Assert.Equal(0, quiet.RunsResumed);
        Assert.Equal(1, met.Done);
        Assert.Contains(_h.Journal(_h.OnlyRun().Id), line => line.StartsWith("wait woke: an interaction (meeting) on ", StringComparison.Ordinal));
    }

    [Fact]
    public void Tick_UntilCondition_EndsWhenItComesTrue()
    {
        _h.WithHello(Samples.Hello.Replace("wait: 7d", "wait: 7d\n    until: HasTag(\"vip\")", StringComparison.Ordinal));
        var draft = Start();
        _h.Runtime.MarkSent(draft);
        _h.Advance(TimeSpan.FromDays(1));
        var first = _h.Tick();

        _h.Db.Contacts.AddTags(_h.OnlyRun().ContactId, ["VIP"]);
        var second = _h.Tick();

        Assert.Equal(0, first.Done);
        Assert.Equal(1, second.Done);
        Assert.Contains("wait woke: 'until' came true (HasTag(\"vip\"))", _h.Journal(_h.OnlyRun().Id));
    }

    [Fact]
    public void Tick_WaitNotAfterADraft_CountsFromWhenTheStepRan()
    {
        _h.Playbook("tagger.yaml", """
            schema: 1
            name: tagger
            on: meeting
            steps:
              - id: tag
                tag: met
              - id: pause
                wait: 2d
              - id: stage
                stage: meeting
            """);
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 0, body: "Coffee");
        _h.Run(false, "tagger");
        var waiting = Assert.Single(_h.Db.Runs.List(playbook: "tagger"));

        _h.Advance(TimeSpan.FromDays(2));
        _h.Tick();

        Assert.Equal(_h.Now, waiting.WakeAt);
        Assert.Equal(RunStates.Done, _h.Db.Runs.Get(waiting.Id).State);
        Assert.Equal("meeting", _h.Db.Contacts.Find(ana)!.Stage);
    }

    [Fact]
    public void Run_AlsoWakesRunsWhoseWaitIsOver()
    {
        var draft = Start();
        _h.Runtime.MarkSent(draft);

        _h.Advance(TimeSpan.FromDays(8));
        var run = _h.Run();

        Assert.Equal((1, 1), (run.RunsResumed, run.Drafts));
    }

    private long Start()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        return Assert.Single(_h.Db.Drafts.List()).Id;
    }

    private static string Show(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _h.Dispose();
}
