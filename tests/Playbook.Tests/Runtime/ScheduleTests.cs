using Playbook.Engine.Events;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary><c>on: schedule</c> with <c>every:</c>: a run per contact whose last interaction is a period ago, started by <c>tick</c>.</summary>
public sealed class ScheduleTests : IDisposable
{
    private const string KeepInTouch = """
        schema: 1
        name: keep-in-touch
        on: schedule
        every: 90d
        when: HasTag("close")
        steps:
          - id: remind
            remind: "Catch up with {{ contact.first_name }}"
        """;

    private readonly RuntimeHarness _h = new();

    public ScheduleTests() => _h.Playbook("keep.yaml", KeepInTouch);

    [Fact]
    public void Tick_PeriodSinceTheLastInteractionIsOver_StartsOneRunForEachMatchingContact()
    {
        var ana = Close("Ana", "Ruiz", lastMessageDaysAgo: 91);
        Close("Luis", "Pardo", lastMessageDaysAgo: 30);
        var other = _h.Contact("Eva", "Gil");
        _h.Event(other, EventKinds.MessageSent, daysAgo: 200, body: "Hola");

        var tick = _h.Tick();

        Assert.Equal((1, 1, 1), (tick.RunsStarted, tick.Tasks, tick.SkippedByWhen));
        var run = Assert.Single(_h.Db.Runs.List());
        Assert.Equal((ana, (long?)null, RunStates.Done), (run.ContactId, run.EventId, run.State));
        Assert.StartsWith("- started: started by the schedule (every 90d; last interaction or arrival ", _h.Journal(run.Id)[0], StringComparison.Ordinal);
        Assert.Equal("Catch up with Ana", Assert.Single(_h.Db.Tasks.List()).Text);
    }

    [Fact]
    public void Tick_Again_DoesNotStartASecondRunInTheSamePeriod()
    {
        Close("Ana", "Ruiz", lastMessageDaysAgo: 91);
        _h.Tick();

        _h.Advance(TimeSpan.FromDays(30));
        var again = _h.Tick();

        Assert.Equal(0, again.RunsStarted);
        Assert.Single(_h.Db.Runs.List());
    }

    [Fact]
    public void Tick_AnInteractionResetsTheContactsClock()
    {
        var ana = Close("Ana", "Ruiz", lastMessageDaysAgo: 91);
        _h.Tick();
        _h.Advance(TimeSpan.FromDays(10));
        _h.Event(ana, EventKinds.Meeting, daysAgo: 0, body: "Lunch");

        _h.Advance(TimeSpan.FromDays(89));
        var early = _h.Tick();
        _h.Advance(TimeSpan.FromDays(1));
        var due = _h.Tick();

        Assert.Equal((0, 1), (early.RunsStarted, due.RunsStarted));
        Assert.Equal(2, _h.Db.Runs.List().Count);
    }

    [Fact]
    public void Run_DoesNotStartSchedules()
    {
        Close("Ana", "Ruiz", lastMessageDaysAgo: 91);

        var run = _h.Run();

        Assert.Equal(0, run.RunsStarted);
    }

    [Theory]
    [InlineData("schema: 1\nname: s\non: schedule\nsteps:\n  - { id: a, tag: x }\n", "s.yaml(3,5): a schedule has no period; add every: with how often it comes round, such as every: 90d")]
    [InlineData("schema: 1\nname: s\non: meeting\nevery: 9d\nsteps:\n  - { id: a, tag: x }\n", "s.yaml(4,8): 'every' is only for on: schedule; a playbook on meeting runs for each event")]
    [InlineData("schema: 1\nname: s\non: schedule\nevery: 9d\nmax_age: 3d\nsteps:\n  - { id: a, tag: x }\n", "s.yaml(5,10): 'max_age' is for event triggers; a schedule is not started by an event")]
    [InlineData("schema: 1\nname: s\non: schedul\nevery: 9d\nsteps:\n  - { id: a, tag: x }\n", "s.yaml(3,5): unknown trigger 'schedul'. Did you mean 'schedule'?")]
    public void Parse_ScheduleMistakes_AreReportedWhereTheyAre(string yaml, string problem)
    {
        var result = PlaybookLoader.Parse(yaml, "s.yaml");

        Assert.Equal([problem], result.Problems.Select(p => p.ToString()));
    }

    private long Close(string first, string last, int lastMessageDaysAgo)
    {
        var id = _h.Contact(first, last);
        _h.Db.Contacts.AddTags(id, ["close"]);
        _h.Event(id, EventKinds.MessageReceived, daysAgo: lastMessageDaysAgo, body: "¡Hasta pronto!");
        return id;
    }

    public void Dispose() => _h.Dispose();
}
