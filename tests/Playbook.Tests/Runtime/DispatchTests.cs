using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;

namespace Playbook.Tests.Runtime;

public sealed class DispatchTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    [Fact]
    public void Run_FreshInvitation_StartsOneRunThatDraftsAndWaitsForTheDraft()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        var invitation = _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 2);

        var report = _h.Run();

        Assert.Equal((1, 1, 1, 0), (report.RunsStarted, report.Drafts, report.Waiting, report.Failures.Count));
        var run = _h.OnlyRun();
        Assert.Equal(("hello", ana, invitation, RunStates.Waiting, "wait"), (run.Playbook, run.ContactId, run.EventId, run.State, run.Step));
        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal(("Hi Ana, thanks for connecting!", run.Id, "hello", "linkedin", DraftStatuses.Pending),
            (draft.Body, draft.RunId, draft.Step, draft.Channel, draft.Status));
        Assert.Equal(draft.Id, run.HeldBy);
        Assert.Null(run.WakeAt);
        Assert.Equal(
            [
                $"- started: started by invitation.received of {Show(_h.Now.AddDays(-2))} (event {invitation}), version {run.Version[..12]}",
                $"hello drafted: draft {draft.Id} from 'hello.liquid' for linkedin, 30 of 8000 characters; language: the invitation has no text; the contact has no location; the me-profile's first known language is Spanish ('Spanish')",
                $"wait waiting: waiting for draft {draft.Id} to be marked sent ('playbook draft sent {draft.Id}') or discarded",
            ],
            _h.Journal(run.Id));
    }

    [Fact]
    public void Run_Twice_NeverStartsASecondRunForTheSameEvent()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 2);
        _h.Run();

        var again = _h.Run();

        Assert.Equal((0, 0, 0), (again.EventsConsidered, again.RunsStarted, again.Drafts));
        Assert.Equal(1, _h.Scalar("SELECT count(*) FROM runs"));
        Assert.Equal(1, _h.Scalar("SELECT count(*) FROM drafts"));
    }

    [Fact]
    public void Run_InvitationOlderThanMaxAge_StartsNothing()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 15);

        var report = _h.Run();

        Assert.Equal((0, 0), (report.EventsConsidered, report.RunsStarted));
        Assert.Empty(_h.Db.Runs.List());
    }

    [Fact]
    public void Run_EventAfterTheClock_StartsNothingYet()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: -1);

        var report = _h.Run();

        Assert.Equal(0, report.RunsStarted);
    }

    [Fact]
    public void Run_InvitationAlreadyAnswered_GetsNoWelcome()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 3);
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 2, body: "Hola Ana");

        var report = _h.Run();

        Assert.Equal((1, 0, 1), (report.EventsConsidered, report.RunsStarted, report.SkippedAnswered));
        Assert.Empty(_h.Db.Drafts.List());
    }

    [Fact]
    public void Run_MessageSentBeforeTheInvitation_DoesNotCountAsAnAnswer()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 30, body: "Hola Ana");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 3);

        var report = _h.Run();

        Assert.Equal((1, 0), (report.RunsStarted, report.SkippedAnswered));
    }

    [Fact]
    public void Run_AnswerAfterTheClock_IsNotSeenYet()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 3);
        _h.Event(ana, EventKinds.MessageSent, daysAgo: -2, body: "Hola Ana");

        var report = _h.Run();

        Assert.Equal((1, 0, 1), (report.RunsStarted, report.SkippedAnswered, report.Drafts));
    }

    [Fact]
    public void Run_DoNotContact_StartsNothing()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Contacts.AddTags(ana, ["do-not-contact"]);
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        Assert.Equal((0, 1), (report.RunsStarted, report.SkippedDoNotContact));
    }

    [Fact]
    public void Run_WhenFalse_StartsNoRunAndLooksAgainNextTime()
    {
        _h.WithHello(Samples.Hello.Replace("max_age: 14d", "max_age: 14d\nwhen: contact.Company != null", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var first = _h.Run();
        _h.Store.AddContact("Ana", "Ruiz", "Contoso", "https://www.linkedin.com/in/ana-ruiz");
        var second = _h.Run();

        Assert.Equal((0, 1), (first.RunsStarted, first.SkippedByWhen));
        Assert.Equal((1, 0), (second.RunsStarted, second.SkippedByWhen));
    }

    [Fact]
    public void Run_WhenThrows_FailsThatRunWithTheReasonAndGoesOnWithTheOthers()
    {
        _h.WithHello(Samples.Hello.Replace("max_age: 14d", "max_age: 14d\nwhen: contact.Company.Length > 2", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz");
        var luis = _h.Contact("Luis", "Pardo", "Contoso");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 2);
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        var failure = Assert.Single(report.Failures);
        Assert.Equal(("Ana Ruiz", "hello", null), (failure.Contact, failure.Playbook, failure.Step));
        Assert.StartsWith("hello.yaml(5,7): ", Path.GetFileName(failure.Reason), StringComparison.Ordinal);
        Assert.Contains("read a member of something that is null", failure.Reason, StringComparison.Ordinal);
        var failed = _h.Db.Runs.Get(failure.RunId);
        Assert.Equal((RunStates.Failed, failure.Reason), (failed.State, failed.Reason));
        Assert.Equal($"- failed: {failure.Reason}", _h.Journal(failed.Id)[^1]);
        Assert.Equal(1, report.Drafts);
        Assert.Equal("Hi Luis, thanks for connecting!", Assert.Single(_h.Db.Drafts.List()).Body);
    }

    [Fact]
    public void Run_UnknownPlaybookName_SaysSoWithASuggestion()
    {
        var error = Assert.Throws<RuntimeException>(() => _h.Run(false, "helo"));

        Assert.Equal("unknown playbook 'helo'. Did you mean 'hello'?; list them with 'playbook playbooks'", error.Message);
    }

    private static string Show(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _h.Dispose();
}
