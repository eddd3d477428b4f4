using Playbook.Engine.Events;
using Playbook.Engine.Runtime;
using Playbook.Engine.Runtime.Why;

namespace Playbook.Tests.Runtime;

/// <summary><c>why</c> says, per event and playbook, what <c>run</c> decided or will decide, and never disagrees with it.</summary>
public sealed class WhyTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    [Fact]
    public void Why_EventOlderThanMaxAge_SaysSoWithItsAgeAndRunCountsIt()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 20);

        var verdict = Single(_h.Runtime.Why(ana));
        var report = _h.Run();

        Assert.Equal(WhyOutcomes.MaxAge, verdict.Outcome);
        Assert.Equal("the event is 20 days old, older than the playbook's max_age of 14d: history, which starts nothing", verdict.Reason);
        Assert.Equal(TimeSpan.FromDays(20), verdict.Age);
        Assert.Equal((0, 1), (report.RunsStarted, report.SkippedByAge));
    }

    [Fact]
    public void Why_WhenFalse_GivesTheConditionAndTheValuesItRead()
    {
        _h.WithHello(Samples.Hello.Replace("max_age: 14d", "max_age: 14d\nwhen: contact.Company != null && event.Body != \"spam\" && !HasTag(\"vip\")", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1, body: "Hola");

        var verdict = Single(_h.Runtime.Why(ana));
        var report = _h.Run();

        Assert.Equal(WhyOutcomes.When, verdict.Outcome);
        Assert.Equal("contact.Company != null && event.Body != \"spam\" && !HasTag(\"vip\")", verdict.Condition);
        Assert.Equal(
            [new ConditionReading("contact.Company", "null"), new ConditionReading("event.Body", "\"Hola\""), new ConditionReading("HasTag(\"vip\")", "false")],
            verdict.Readings);
        Assert.Equal((0, 1), (report.RunsStarted, report.SkippedByWhen));
    }

    [Fact]
    public void Why_InvitationAnswered_NamesTheMessageThatAnsweredIt()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 3);
        var answer = _h.Event(ana, EventKinds.MessageSent, daysAgo: 2, body: "Hola Ana");

        var verdict = Single(_h.Runtime.Why(ana));

        Assert.Equal(WhyOutcomes.Answered, verdict.Outcome);
        Assert.Contains($"(event {answer})", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(1, _h.Run().SkippedAnswered);
    }

    [Fact]
    public void Why_DoNotContact_SaysSo()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Contacts.AddTags(ana, ["do-not-contact"]);
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var verdict = Single(_h.Runtime.Why(ana));

        Assert.Equal((WhyOutcomes.DoNotContact, "the contact is tagged do-not-contact: no playbook starts for them"), (verdict.Outcome, verdict.Reason));
    }

    [Fact]
    public void Why_BeforeAndAfterTheRun_SaysPendingThenStartedWithTheDraftTheRunWaitsOn()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var before = _h.Runtime.Why(ana);
        _h.Run();
        var after = _h.Runtime.Why(ana);

        Assert.Equal((WhyOutcomes.Pending, "the next 'playbook run' starts it"), (Single(before).Outcome, Single(before).Reason));
        Assert.Empty(before.Runs);
        var run = _h.OnlyRun();
        Assert.Equal((WhyOutcomes.Started, run.Id), (Single(after).Outcome, Single(after).RunId));
        var standing = Assert.Single(after.Runs);
        Assert.Equal(run.HeldBy, standing.WaitsOn?.Id);
        Assert.Equal($"waits at 'wait' for draft {run.HeldBy} to be marked sent ('playbook draft sent {run.HeldBy}') or discarded", standing.Reason);
    }

    [Fact]
    public void Why_DraftSent_ShowsTheWakeTime()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        _h.Runtime.MarkSent(_h.OnlyRun().HeldBy!.Value);

        var standing = Assert.Single(_h.Runtime.Why(ana).Runs);

        Assert.Null(standing.WaitsOn);
        Assert.Equal($"waits at 'wait' until {_h.Now.AddDays(7):yyyy-MM-dd HH:mm}Z", standing.Reason);
    }

    [Fact]
    public void Why_PlaybookWithProblems_SaysItRunsNothing()
    {
        _h.WithHello(Samples.Hello.Replace("max_age: 14d", "max_age: 14d\nwhen: contact.Compnay != null", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var verdict = Single(_h.Runtime.Why(ana));

        Assert.Equal(WhyOutcomes.Problems, verdict.Outcome);
        Assert.Equal("playbook 'hello' has 1 problem and runs nothing until they are fixed; see 'playbook check'", verdict.Reason);
    }

    [Fact]
    public void Why_EventAfterTheClock_SaysItIsInTheFuture()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: -1);

        Assert.Equal(WhyOutcomes.Future, Single(_h.Runtime.Why(ana)).Outcome);
    }

    [Fact]
    public void Why_EventNoPlaybookStartsOn_SaysSo()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 1);

        var verdict = Assert.Single(_h.Runtime.Why(ana).Verdicts);

        Assert.Equal((null, WhyOutcomes.NoPlaybook, "no playbook starts on meeting"), (verdict.Playbook, verdict.Outcome, verdict.Reason));
    }

    [Fact]
    public void Why_UnknownPlaybook_SuggestsTheName()
    {
        var ana = _h.Contact("Ana", "Ruiz");

        var e = Assert.Throws<RuntimeException>(() => _h.Runtime.Why(ana, "helo"));

        Assert.Equal("unknown playbook 'helo'. Did you mean 'hello'?; list them with 'playbook playbooks'", e.Message);
    }

    [Fact]
    public void Why_Schedule_SaysWhenItIsDueAndWhatItsWhenReadsThenThatTheNextTickStartsIt()
    {
        _h.Playbook("catch-up.yaml", "schema: 1\nname: catch-up\non: schedule\nevery: 30d\nwhen: HasTag(\"close\")\nsteps:\n  - { id: remind, remind: \"Catch up\", in: 0m }\n");
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 10);

        var early = _h.Runtime.Why(ana).Verdicts.Single(v => v.Playbook == "catch-up");
        _h.Advance(TimeSpan.FromDays(25));
        var untagged = _h.Runtime.Why(ana).Verdicts.Single(v => v.Playbook == "catch-up");
        _h.Db.Contacts.AddTags(ana, ["close"]);
        var due = _h.Runtime.Why(ana).Verdicts.Single(v => v.Playbook == "catch-up");
        var tick = _h.Tick();

        Assert.Equal(WhyOutcomes.NotDue, early.Outcome);
        Assert.StartsWith($"due {_h.Now.AddDays(-25 - 10 + 30):yyyy-MM-dd HH:mm}Z: every 30d after the last interaction or arrival", early.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; and 'when' is false: HasTag(\"close\") now", early.Reason, StringComparison.Ordinal);
        Assert.Equal([new ConditionReading("HasTag(\"close\")", "false")], early.Readings);
        Assert.Equal(WhyOutcomes.When, untagged.Outcome);
        Assert.Equal(WhyOutcomes.Pending, due.Outcome);
        Assert.EndsWith("the next 'playbook tick' starts it", due.Reason, StringComparison.Ordinal);
        Assert.Equal(1, tick.RunsStarted);
        Assert.Equal(WhyOutcomes.Covered, _h.Runtime.Why(ana).Verdicts.Single(v => v.Playbook == "catch-up").Outcome);
    }

    [Fact]
    public void Why_ManyContacts_SaysPendingForExactlyTheEventsTheNextRunStarts()
    {
        _h.WithHello(Samples.Hello.Replace("max_age: 14d", "max_age: 14d\nwhen: contact.Company != \"Globex\"", StringComparison.Ordinal));
        var contacts = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var id = _h.Store.AddContact($"P{i}", "Test", i % 3 == 0 ? "Globex" : "Initech", $"https://www.linkedin.com/in/p{i}-test");
            contacts.Add(id);
            _h.Event(id, EventKinds.InvitationReceived, daysAgo: i * 2);
            if (i % 4 == 1)
            {
                _h.Event(id, EventKinds.MessageSent, daysAgo: (i * 2) - 1);
            }

            if (i % 5 == 2)
            {
                _h.Db.Contacts.AddTags(id, ["do-not-contact"]);
            }
        }

        var pending = contacts.SelectMany(c => _h.Runtime.Why(c).Verdicts).Where(v => v.Outcome == WhyOutcomes.Pending)
            .Select(v => v.Event!.Id).Order().ToList();
        var skippedForAge = contacts.SelectMany(c => _h.Runtime.Why(c).Verdicts).Count(v => v.Outcome == WhyOutcomes.MaxAge);
        var report = _h.Run();

        Assert.NotEmpty(pending);
        Assert.Equal(pending, _h.Db.Runs.List().Select(r => r.EventId!.Value).Order());
        Assert.Equal(skippedForAge, report.SkippedByAge);
    }

    [Fact]
    public void Why_ScriptWhenFalse_NamesTheScriptAndTheLineOfItsWhen()
    {
        using var h = new RuntimeHarness();
        h.Playbook("vip.csx", "Declare(\"vip\")\n    .On(EventKinds.InvitationReceived)\n    .When(c => c.Contact.Company == \"Globex\")\n    .Tag(\"t\", \"vip\");\n");
        h.Trust("vip.csx");
        var ana = h.Contact("Ana", "Ruiz");
        h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var verdict = Single(h.Runtime.Why(ana));

        Assert.Equal(WhyOutcomes.When, verdict.Outcome);
        Assert.Equal($"the script's When at {Path.Combine(h.Playbooks, "vip.csx")}(3)", verdict.Condition);
        Assert.Empty(verdict.Readings);
    }

    private static WhyVerdict Single(ContactWhy why) => Assert.Single(why.Verdicts, v => v.Event?.Kind == EventKinds.InvitationReceived);

    public void Dispose() => _h.Dispose();
}
