using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>A condition or a template that goes over its limits fails its own run, says why in the journal, and the batch goes on.</summary>
public sealed class HostileRunTests : IDisposable
{
    private const string Crossing = "history.Any(a => history.Any(b => history.Any(c => history.Any(d => a.Id + b.Id + c.Id + d.Id < 0))))";

    private readonly RuntimeHarness _h = new();

    [Fact]
    public void Run_WhenThatRunsPastItsBudget_FailsThatRunWithTheReasonAndTheOthersDraft()
    {
        _h.WithHello(Samples.Hello.Replace("max_age: 14d", $"max_age: 14d\nwhen: '!{Crossing}'", StringComparison.Ordinal));
        _h.Catalog.Conditions.Budget = TimeSpan.FromMilliseconds(100);
        InvitedWithLongHistory("Ana", "Ruiz");
        var luis = _h.Contact("Luis", "Pardo");
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        var failure = Assert.Single(report.Failures);
        var expected = $"{Path.Combine(_h.Playbooks, "hello.yaml")}(5,8): condition 'hello#when' failed: it ran longer than its budget of 0.1 s; "
            + "is it going over the history (or a text) too many times, or making too much text?";
        Assert.Equal(("Ana Ruiz", null, expected), (failure.Contact, failure.Step, failure.Reason));
        Assert.Equal($"- failed: {expected}", _h.Journal(failure.RunId)[^1]);
        Assert.Equal(RunStates.Failed, _h.Db.Runs.Get(failure.RunId).State);
        Assert.Equal("Hi Luis, thanks for connecting!", Assert.Single(_h.Db.Drafts.List()).Body);
    }

    [Fact]
    public void Run_StepIfThatRunsPastItsBudget_FailsAtThatStep()
    {
        _h.WithHello(Samples.Hello.Replace("  - id: hello\n", $"  - id: hello\n    if: '{Crossing}'\n", StringComparison.Ordinal));
        _h.Catalog.Conditions.Budget = TimeSpan.FromMilliseconds(100);
        InvitedWithLongHistory("Ana", "Ruiz");

        var report = _h.Run();

        var failure = Assert.Single(report.Failures);
        Assert.Equal(("hello", RunStates.Failed), (failure.Step, _h.Db.Runs.Get(failure.RunId).State));
        Assert.EndsWith("condition 'hello#hello#if' failed: it ran longer than its budget of 0.1 s; is it going over the history (or a text) too many times, or making too much text?",
            failure.Reason, StringComparison.Ordinal);
        Assert.Empty(_h.Db.Drafts.List());
    }

    [Fact]
    public void Run_WaitWhoseUntilRunsPastItsBudget_KeepsTheEarlierStepsAndNothingTheWaitWrote()
    {
        _h.Playbook("marked.yaml", $$"""
            schema: 1
            name: marked
            on: invitation.received
            steps:
              - id: mark
                tag: seen
              - id: hold
                wait: 7d
                until: '{{Crossing}}'
            """);
        _h.Catalog.Conditions.Budget = TimeSpan.FromMilliseconds(100);
        InvitedWithLongHistory("Ana", "Ruiz");

        var report = _h.Run();

        // The wait wrote its position and its journal entry before its 'until' failed: its savepoint takes both away.
        var failure = Assert.Single(report.Failures);
        var journal = _h.Journal(failure.RunId);
        Assert.Equal(["- started", "mark tagged", "hold failed"], journal.Select(j => j[..j.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal((RunStates.Failed, "hold"), (_h.Db.Runs.Get(failure.RunId).State, _h.Db.Runs.Get(failure.RunId).Step));
        Assert.Equal(1, _h.Scalar("SELECT count(*) FROM contact_tags WHERE tag = 'seen'"));
    }

    [Fact]
    public void Run_DraftWhoseTemplateHitsALimit_FailsThatRunWithTheTemplateAndTheLimit()
    {
        _h.WithHello();
        _h.Template("hello.liquid", "{% assign n = contact.company | size | times: 100000 %}{% for i in (1..n) %}x{% endfor %}Hi {{ contact.first_name }}");
        var ana = _h.Contact("Ana", "Ruiz");
        var luis = _h.Contact("Luis", "Pardo", "Contoso");
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 2);
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        var failure = Assert.Single(report.Failures);
        var expected = $"{Path.Combine(_h.Playbooks, "templates", "hello.liquid")}: rendering stopped: the range (1..700000) has 700,000 numbers; "
            + "a range may have at most 10,000";
        Assert.Equal(("Luis Pardo", "hello", expected), (failure.Contact, failure.Step, failure.Reason));
        Assert.Equal($"hello failed: {expected}", _h.Journal(failure.RunId)[^1]);
        Assert.Equal("Hi Ana", Assert.Single(_h.Db.Drafts.List()).Body);
    }

    [Fact]
    public void DryRun_DraftWhoseTemplateHitsALimit_ReportsTheFailureAndKeepsNothing()
    {
        _h.WithHello();
        _h.Template("hello.liquid", "{% assign s = contact.first_name %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s }}");
        var luis = _h.Contact("Luis", "Pardo");
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 2);

        var report = _h.Run(dryRun: true);

        Assert.EndsWith("hello.liquid: rendering stopped: the text captured in 's' grew past 1,000,000 characters", Assert.Single(report.Failures).Reason, StringComparison.Ordinal);
        Assert.Empty(_h.Db.Runs.List());
    }

    public void Dispose() => _h.Dispose();

    /// <summary>A contact with 300 messages received a month ago and an invitation two days ago: a long history to go over.</summary>
    private void InvitedWithLongHistory(string first, string last)
    {
        var contact = _h.Contact(first, last);
        for (var i = 0; i < 300; i++)
        {
            _h.Event(contact, EventKinds.MessageReceived, daysAgo: 30 + (i / 100.0));
        }

        _h.Event(contact, EventKinds.InvitationReceived, daysAgo: 2);
    }
}
