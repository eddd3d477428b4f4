using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

public sealed class StepTests : IDisposable
{
    private readonly RuntimeHarness _h = new();

    [Fact]
    public void Run_EveryStepType_TakesEffectAndJournalsIt()
    {
        _h.Playbook("all.yaml", """
            schema: 1
            name: all
            on: meeting
            steps:
              - id: mark
                tag: [Met, coffee]
              - id: unmark
                untag: coffee
              - id: move
                stage: meeting
              - id: remember
                set: { place: Madrid, count: 2, warm: true }
              - id: skipped
                if: vars["place"] == "Paris"
                stage: dormant
              - id: todo
                remind: "Send {{ contact.first_name }} the notes from {{ vars.place }}"
                in: 1d
              - id: end
                stop: nothing more to do
              - id: never
                tag: never
            """);
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 0, body: "Coffee at Prado");

        var report = _h.Run();

        var contact = _h.Db.Contacts.Find(ana)!;
        Assert.Equal(["met"], contact.Tags);
        Assert.Equal("meeting", contact.Stage);
        var task = Assert.Single(_h.Db.Tasks.List());
        Assert.Equal(("Send Ana the notes from Madrid", _h.Now.AddDays(1), "all"), (task.Text, task.DueAt, task.Playbook));
        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Stopped, "nothing more to do", null), (run.State, run.Reason, run.Step));
        Assert.Equal(new Dictionary<string, object?> { ["place"] = "Madrid", ["count"] = 2L, ["warm"] = true }, run.Vars);
        Assert.Equal(
            [
                "mark tagged: tagged met, coffee",
                "unmark untagged: untagged coffee",
                "move staged: stage stays meeting",
                "remember set: set place = \"Madrid\", count = 2, warm = true",
                "skipped skipped: skipped: 'if' is false (vars[\"place\"] == \"Paris\")",
                $"todo reminded: task {task.Id}, due {_h.Now.AddDays(1):yyyy-MM-dd HH:mm}Z: Send Ana the notes from Madrid",
                "end stopped: stopped: nothing more to do",
            ],
            _h.Journal(run.Id).Skip(1));
        Assert.Equal((1, 1, 0), (report.Stopped, report.Tasks, report.Drafts));
        Assert.Equal(["ana ruiz"], _h.Db.Contacts.Search("met").Select(c => c.FullName.ToLowerInvariant()));
    }

    [Fact]
    public void Run_DraftAsLastStep_EndsTheRunRatherThanHoldingIt()
    {
        _h.Template("thanks.liquid", "Thanks {{ contact.first_name }}");
        _h.Playbook("thanks.yaml", """
            schema: 1
            name: thanks
            on: meeting
            steps:
              - id: thanks
                draft: thanks
            """);
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.Meeting, daysAgo: 0);

        _h.Run();

        Assert.Equal(RunStates.Done, _h.OnlyRun().State);
        Assert.Null(_h.OnlyRun().HeldBy);
    }

    [Fact]
    public void Run_Variants_PickOnePerRunByWeightAndRecordIt()
    {
        _h.Template("a.liquid", "A");
        _h.Template("b.liquid", "B");
        _h.Playbook("ab.yaml", """
            schema: 1
            name: ab
            on: meeting
            steps:
              - id: pick
                draft: { template: a, variants: [{ template: b, weight: 3 }] }
            """);
        for (var i = 0; i < 8; i++)
        {
            _h.Event(_h.Contact($"P{i}", "Test"), EventKinds.Meeting, daysAgo: 0);
        }

        _h.Run();

        var drafts = _h.Db.Drafts.List();
        Assert.Equal(2, drafts.Count(d => d.Variant == "a" && d.Body == "A"));
        Assert.Equal(6, drafts.Count(d => d.Variant == "b" && d.Body == "B"));
    }

    [Fact]
    public void Run_DraftOverTheChannelLimit_IsWrittenAndFlagged()
    {
        _h.Template("long.liquid", new string('x', 250));
        _h.Playbook("note.yaml", """
            schema: 1
            name: note
            on: invitation.sent
            steps:
              - id: note
                draft: { template: long, channel: linkedin-note }
            """);
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.InvitationSent, daysAgo: 0);

        _h.Run();

        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal((250, 200, true), (draft.Length, draft.Limit, draft.IsOverLimit));
        Assert.Contains("note drafted: draft 1 from 'long.liquid' for linkedin-note, 250 of 200 characters (too long: 250 characters; linkedin-note takes 200: cut 50)", _h.Journal(_h.OnlyRun().Id)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DraftOnTheLastChannel_IsForTheChannelOfTheLatestMessageWithNoLinkedInLimit()
    {
        _h.Template("long.liquid", new string('x', 9000));
        _h.Playbook("thanks.yaml", """
            schema: 1
            name: thanks
            on: meeting
            steps:
              - id: thanks
                draft: { template: long, channel: last }
            """);
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Events.Add(ana, EventKinds.MessageSent, _h.Now.AddDays(-3), "Hello", "linkedin");
        _h.Db.Events.Add(ana, EventKinds.MessageReceived, _h.Now.AddDays(-2), "Write to me here", "email");
        _h.Db.Events.Add(ana, EventKinds.Meeting, _h.Now.AddHours(-1), "Coffee", "calendar");

        _h.Run();

        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal(("email", null, false), (draft.Channel, draft.Limit, draft.IsOverLimit));
        Assert.Contains("thanks drafted: draft 1 from 'long.liquid' for email, 9000 characters", _h.Journal(_h.OnlyRun().Id)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DraftOnTheLastChannelWithNoMessage_IsForLinkedIn()
    {
        _h.Template("hi.liquid", "Hi");
        _h.Playbook("thanks.yaml", """
            schema: 1
            name: thanks
            on: meeting
            steps:
              - id: thanks
                draft: { template: hi, channel: last }
            """);
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Events.Add(ana, EventKinds.Meeting, _h.Now.AddHours(-1), "Coffee", "calendar");

        _h.Run();

        Assert.Equal(("linkedin", 8000), (Assert.Single(_h.Db.Drafts.List()).Channel, Assert.Single(_h.Db.Drafts.List()).Limit));
    }

    [Fact]
    public void Tick_NegativeReply_StopsTheContactsRunsAndTagsDoNotContact()
    {
        _h.Template("hello.liquid", "Hi");
        _h.Template("nudge.liquid", "Again");
        _h.Playbook("hello.yaml", Samples.Hello);
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        _h.Advance(TimeSpan.FromHours(3));
        var no = _h.Event(ana, EventKinds.MessageReceived, daysAgo: 0, body: "Please do not write to me again");
        _h.Classify(no, "negative");

        var tick = _h.Tick();

        var run = _h.OnlyRun();
        Assert.Equal(RunStates.Stopped, run.State);
        Assert.Equal($"Ana Ruiz answered negatively on {_h.Now:yyyy-MM-dd HH:mm}Z; tagged do-not-contact", run.Reason);
        Assert.Contains("do-not-contact", _h.Db.Contacts.Find(ana)!.Tags);
        Assert.Equal(1, tick.Stopped);
    }

    public void Dispose() => _h.Dispose();
}
