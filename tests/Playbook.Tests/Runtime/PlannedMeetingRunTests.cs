using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Stats;

namespace Playbook.Tests.Runtime;

/// <summary>
/// A meeting still to come (logged at a time after the clock, as a calendar's planned meeting is stored) counts for
/// nothing until its time has passed; the first run or tick after it moves the stage and starts <c>on: meeting</c>.
/// </summary>
public sealed class PlannedMeetingRunTests : IDisposable
{
    private readonly RuntimeHarness _h = new();

    public void Dispose() => _h.Dispose();

    private string Stage(long contactId) => _h.Db.Contacts.Get(contactId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Stage;

    private void ThanksPlaybook(string maxAge = "14d") => _h.Playbook("thanks.yaml", $$$"""
        schema: 1
        name: thanks
        on: meeting
        max_age: {{{maxAge}}}
        steps:
          - id: note
            remind: "Thank {{ contact.first_name }} for the meeting"
        """);

    [Fact]
    public void Tick_BeforeThePlannedMeeting_LeavesTheStageAndAfterItMovesItToMeeting()
    {
        var ana = _h.Contact("Ana", "López");
        _h.EventAt(ana, EventKinds.Meeting, _h.Now.AddDays(3), "Roadmap review");

        _h.Tick();
        var before = Stage(ana);
        _h.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        _h.Tick();

        Assert.Equal((Stages.New, Stages.Meeting), (before, Stage(ana)));
    }

    [Fact]
    public void Tick_PlannedMeeting_WritesItsTaskOnceAndClosesItAfterTheMeeting()
    {
        var ana = _h.Contact("Ana", "López");
        var at = _h.Now.AddDays(3);
        _h.EventAt(ana, EventKinds.Meeting, at, "Roadmap review");

        _h.Tick();
        _h.Tick();
        var open = Assert.Single(_h.Db.Tasks.List());
        _h.Advance(TimeSpan.FromDays(4));
        _h.Tick();

        Assert.Equal((at.AddHours(-24), (long?)null), (open.DueAt, open.RunId));
        Assert.StartsWith("Meeting with Ana López tomorrow, ", open.Text, StringComparison.Ordinal);
        Assert.True(Assert.Single(_h.Db.Tasks.List(includeDone: true)).Done);
    }

    [Fact]
    public void Run_OnMeeting_StartsNothingBeforeThePlannedMeetingAndStartsAfterIt()
    {
        ThanksPlaybook();
        var ana = _h.Contact("Ana", "López");
        var meeting = _h.EventAt(ana, EventKinds.Meeting, _h.Now.AddDays(2), "Roadmap review");

        var early = _h.Run();
        _h.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        _h.Run();

        Assert.Equal(0, early.EventsConsidered);
        var run = _h.OnlyRun();
        Assert.Equal(("thanks", meeting), (run.Playbook, run.EventId));
        Assert.Contains(_h.Db.Tasks.List(), t => t.Text == "Thank Ana for the meeting");
    }

    [Fact]
    public void Run_BuiltInMetAtEvent_StartsOnlyOnceThePlannedMeetingHasTakenPlace()
    {
        using var h = new RuntimeHarness(builtIns: true);
        var ana = h.Contact("Ana", "López");
        var meeting = h.EventAt(ana, EventKinds.Meeting, h.Now.AddDays(2), "Roadmap review");

        h.Run();
        var early = h.Db.Runs.List().Count(r => r.Playbook == "met-at-event");
        h.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        h.Run();

        Assert.Equal(0, early);
        Assert.Equal(meeting, Assert.Single(h.Db.Runs.List(), r => r.Playbook == "met-at-event").EventId);
    }

    [Fact]
    public void Run_OnMeeting_MaxAgeCountsFromTheMeetingsTime()
    {
        ThanksPlaybook(maxAge: "2d");
        var ana = _h.Contact("Ana", "López");
        _h.EventAt(ana, EventKinds.Meeting, _h.Now.AddDays(5), "Roadmap review");

        _h.Advance(TimeSpan.FromDays(6));
        _h.Run();

        Assert.Equal(RunStates.Done, _h.OnlyRun().State);
    }

    [Fact]
    public void MeasureOutcomes_PlannedMeetingAfterADraft_CountsOnlyOnceItsTimeHasPassed()
    {
        ThanksPlaybook();
        _h.Playbook("hi.yaml", """
            schema: 1
            name: hi
            on: invitation.received
            steps:
              - { id: hi, draft: hi }
            """);
        _h.Template("hi.liquid", "Hola {{ contact.first_name }}");
        var ana = _h.Contact("Ana", "López");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        _h.Runtime.MarkSent(_h.Db.Drafts.List().Single().Id, _h.Now);
        _h.EventAt(ana, EventKinds.Meeting, _h.Now.AddDays(3), "Roadmap review");

        var before = PlaybookOutcomes.Measure(_h.Db).Single(o => o.Step is null).Meetings;
        _h.Advance(TimeSpan.FromDays(4));
        var after = PlaybookOutcomes.Measure(_h.Db).Single(o => o.Step is null).Meetings;

        Assert.Equal((0, 1), (before, after));
    }

    [Fact]
    public void Measure_PlannedMeeting_IsNotInTheFunnelUntilItsTime()
    {
        var ana = _h.Contact("Ana", "López");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 5);
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 4, body: "Hola Ana, ¿hablamos?");
        _h.EventAt(ana, EventKinds.Meeting, _h.Now.AddDays(3), "Roadmap review");

        var before = Funnel.Measure(_h.Db).Total.Meetings;
        _h.Advance(TimeSpan.FromDays(4));
        var after = Funnel.Measure(_h.Db).Total.Meetings;

        Assert.Equal((0, 1), (before, after));
    }
}
