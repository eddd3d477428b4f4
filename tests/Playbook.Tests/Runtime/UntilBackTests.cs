using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary><c>until: back</c>: a wait that lasts until the contact is back from an out-of-office, at most its own time.</summary>
public sealed class UntilBackTests : IDisposable
{
    private readonly RuntimeHarness _h = new();

    public UntilBackTests()
    {
        _h.Playbook("after-away.yaml", """
            schema: 1
            name: after-away
            on: message.received
            when: event.Classification == "auto"
            steps:
              - { id: away, wait: 30d, until: back }
              - id: write
                remind: "Write to {{ contact.first_name }}: back since {{ event.follow_up_on }}"
            """);
    }

    private long OutOfOffice(string? until)
    {
        var ana = _h.Contact("Ana", "Ruiz");
        var id = _h.Event(ana, EventKinds.MessageReceived, daysAgo: 0, body: "Out of office until 14 December.");
        _h.Classify(id, "auto");
        _h.Instruct(id, until);
        return ana;
    }

    [Fact]
    public void Run_OutOfOffice_WaitsUntilTwoWorkingDaysAfterTheReturn()
    {
        OutOfOffice("2026-12-14");

        _h.Run();

        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Waiting, new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero)), (run.State, run.WakeAt));
        Assert.Empty(_h.Db.Tasks.List());

        _h.Store.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero));
        _h.Tick();

        Assert.Equal("Write to Ana: back since 2026-12-14", Assert.Single(_h.Db.Tasks.List()).Text);
        Assert.Contains("away woke: Ana Ruiz is back", _h.Journal(run.Id));
    }

    [Fact]
    public void Run_ReturnAfterTheWaitsTime_MovesOnWhenTheTimeIsUp()
    {
        OutOfOffice("2027-03-01");

        _h.Run();

        Assert.Equal(_h.Now.AddDays(30), _h.OnlyRun().WakeAt);
    }

    [Fact]
    public void Run_NotAway_MovesOnAtOnce()
    {
        OutOfOffice(until: null);

        _h.Run();

        Assert.Equal(RunStates.Done, _h.OnlyRun().State);
        Assert.Single(_h.Db.Tasks.List());
    }

    [Fact]
    public void Load_MisspeltBack_IsAMisspellingNotCSharp()
    {
        _h.Playbook("after-away.yaml", "schema: 1\nname: after-away\non: message.received\nsteps:\n  - { id: away, wait: 30d, until: bak }\n");

        var problem = Assert.Single(_h.Catalog.Problems);

        Assert.Contains("'until' value 'bak'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'back'", problem.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _h.Dispose();
}
