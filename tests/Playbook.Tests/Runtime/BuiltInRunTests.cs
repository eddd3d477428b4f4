using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Tests.Support;

namespace Playbook.Tests.Runtime;

/// <summary>The built-in playbooks of <c>playbooks/</c>, run as they ship, on the example export and on hand-made contacts.</summary>
public sealed class BuiltInRunTests : IDisposable
{
    private readonly RuntimeHarness _h = new(builtIns: true);

    [Fact]
    public void Run_ExampleExport_WelcomesEveryUnansweredRecentInvitationInTheInvitersLanguage()
    {
        _h.Store.Import(RepoPaths.ExampleZip);
        _h.Me = _h.Db.Me.Get();

        var report = _h.Run();

        Assert.Empty(report.Failures);
        var welcomes = _h.Db.Drafts.List().Where(d => d.Playbook == "welcome").ToList();
        var recent = _h.Db.Events.List(kind: EventKinds.InvitationReceived).Where(e => e.At >= _h.Now.AddDays(-14) && e.At <= _h.Now).ToList();
        var answered = recent.Where(e => _h.Db.Events.List(e.ContactId, EventKinds.MessageSent).Any(m => m.At >= e.At)).ToList();
        Assert.Equal(recent.Count - answered.Count, welcomes.Count);
        Assert.Equal(answered.Count, report.SkippedAnswered);
        Assert.True(welcomes.Count >= 10);
        Assert.DoesNotContain(welcomes, d => answered.Any(a => a.ContactId == d.ContactId));
        Assert.All(welcomes, d => Assert.Contains(_h.Db.Contacts.Find(d.ContactId)!.FirstName!, d.Body, StringComparison.Ordinal));
        Assert.Contains(welcomes, d => d.Language == "en");
        Assert.Contains(welcomes, d => d.Language == "es");
        Assert.All(_h.Db.Runs.List(playbook: "welcome"), r => Assert.Equal((RunStates.Waiting, "wait"), (r.State, r.Step)));
    }

    [Theory]
    [InlineData("Are you free Thursday at 10?", "engaged", "conversation", 1)]
    [InlineData("Thanks for connecting!", "brush-off", "replied", 1)]
    [InlineData("Ok", "unknown", "replied", 1)]
    [InlineData("I'm out of the office until Monday", "auto", "new", 0)]
    public void Run_ReplyReceived_MovesTheStageByHowTheReplyReadsAndRemindsToProposeACall(string body, string classification, string stage, int tasks)
    {
        var ana = _h.Contact("Ana", "Ruiz");
        var reply = _h.Event(ana, EventKinds.MessageReceived, daysAgo: 1, body: body);

        _h.Run();

        Assert.Equal(classification, _h.Db.Events.Get(reply).Classification);
        Assert.Equal(stage, _h.Db.Contacts.Find(ana)!.Stage);
        Assert.Equal(tasks, _h.Db.Tasks.List().Count);
        Assert.All(_h.Db.Tasks.List(), t => Assert.Equal(("Propose a call or a meeting to Ana", _h.Now.AddDays(1)), (t.Text, t.DueAt)));
    }

    [Fact]
    public void Run_TwoRecentRepliesFromOneContact_RemindOnceFromTheLatest()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 5, body: "Hi!");
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 1, body: "Are you free Thursday?");

        var report = _h.Run();

        Assert.Equal(2, report.RunsStarted);
        var task = Assert.Single(_h.Db.Tasks.List());
        Assert.Equal(_h.Db.Runs.List().Max(r => r.EventId), _h.Db.Runs.Get(task.RunId!.Value).EventId);
    }

    [Fact]
    public void Run_ReplyFromAContactAlreadyInAMeeting_DoesNotMoveThemBack()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Contacts.SetStage(ana, "meeting");
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 1, body: "See you then");

        _h.Run();

        Assert.Equal("meeting", _h.Db.Contacts.Find(ana)!.Stage);
    }

    [Fact]
    public void Run_NegativeReplyDuringTheWelcome_StopsItTagsTheContactAndStartsNothing()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 2);
        _h.Run();
        _h.Runtime.MarkSent(Assert.Single(_h.Db.Drafts.List()).Id);
        _h.Advance(TimeSpan.FromHours(5));
        var no = _h.Event(ana, EventKinds.MessageReceived, daysAgo: 0, body: "Not interested, please stop");
        _h.Classify(no, "negative");

        var report = _h.Run();

        Assert.Equal((0, 1), (report.RunsStarted, report.Stopped));
        Assert.Equal(RunStates.Stopped, Assert.Single(_h.Db.Runs.List(playbook: "welcome")).State);
        Assert.Contains("do-not-contact", _h.Db.Contacts.Find(ana)!.Tags);
        Assert.Empty(_h.Db.Tasks.List());
    }

    [Theory]
    [InlineData("Hola, en nuestra agencia ofrecemos campañas de Google Ads. ¿Te interesaría una demo?", "sales")]
    [InlineData("Hi, I'm a recruiter at Hays and we're hiring a Head of E-commerce.", "recruiter")]
    public void Tick_AWeekAfterTheWelcomeToAPitchOrARecruiter_StopsWithoutANudgeOrACall(string note, string intent)
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1, body: note);
        _h.Run();
        var welcome = Assert.Single(_h.Db.Drafts.List());
        _h.Runtime.MarkSent(welcome.Id);

        _h.Advance(TimeSpan.FromDays(8));
        var tick = _h.Tick();

        Assert.Equal((0, 1), (tick.Drafts, tick.Stopped));
        Assert.Equal(intent, welcome.Analysis!.Intent);
        var run = Assert.Single(_h.Db.Runs.List(playbook: "welcome"));
        Assert.Equal((RunStates.Stopped, "a sales pitch or a recruiter gets the short welcome alone"), (run.State, run.Reason));
        Assert.Equal("pitch stopped: stopped: a sales pitch or a recruiter gets the short welcome alone", _h.Journal(run.Id)[^1]);
        Assert.Empty(_h.Db.Tasks.List());
    }

    [Fact]
    public void Tick_TwoDaysAfterAMeeting_DraftsAThankYouThatRecallsIt()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 0, body: "Salón Ecommerce Madrid");
        _h.Run();

        _h.Advance(TimeSpan.FromDays(2));
        var tick = _h.Tick();

        Assert.Equal(1, tick.Drafts);
        var thanks = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal(("met-at-event", "thanks", "es"), (thanks.Playbook, thanks.Step, thanks.Language));
        Assert.Equal("Hola Ana, ¡me alegró mucho conocerte (Salón Ecommerce Madrid)!\nMe quedé con ganas de seguir la conversación. ¿Seguimos en contacto?\n\nUn saludo,\nAna", thanks.Body);
    }

    [Fact]
    public void Tick_MessageAfterTheMeeting_NeedsNoThankYou()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 0, body: "Coffee");
        _h.Run();
        _h.Advance(TimeSpan.FromDays(1));
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 0, body: "Great to meet you!");

        _h.Advance(TimeSpan.FromDays(1));
        _h.Tick();

        Assert.Empty(_h.Db.Drafts.List());
        Assert.Equal(RunStates.Done, Assert.Single(_h.Db.Runs.List(playbook: "met-at-event")).State);
    }

    [Fact]
    public void Tick_DayAfterAMeetingFromTheCalendar_DraftsOneThankYouWithTheNextStepOnTheLastChannel()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Events.Add(ana, EventKinds.MessageReceived, _h.Now.AddDays(-4), "Te escribo por aquí mejor.", "email");
        _h.Db.Events.Add(ana, EventKinds.Meeting, _h.Now.AddHours(-2), "Café en Malasaña", "calendar");
        _h.Run();

        _h.Advance(TimeSpan.FromDays(1));
        var tick = _h.Tick();

        Assert.Equal(1, tick.Drafts);
        var thanks = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal(("after-meeting", "thanks", "email", null), (thanks.Playbook, thanks.Step, thanks.Channel, thanks.Limit));
        Assert.Equal(
            "Hola Ana, ¡gracias por tu tiempo (Café en Malasaña)! Me gustó mucho la conversación.\n"
            + "Como siguiente paso, ¿ponemos fecha para retomarlo? Dime qué te viene bien.\n\nUn saludo,\nAna",
            thanks.Body);
        Assert.Empty(_h.Db.Runs.List(playbook: "met-at-event"));
    }

    public void Dispose() => _h.Dispose();
}
