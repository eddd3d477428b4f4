using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>The largest values a playbook may give, from the first and the last day a clock may say: runs go on, no date error.</summary>
public sealed class RuntimeLimitsTests : IDisposable
{
    private const string Longest = """
        schema: 1
        name: longest
        on: meeting
        max_age: 3650d
        steps:
          - { id: wait, wait: 3650d }
          - id: later
            remind: Call {{ contact.first_name }}
            in: 3650d
          - { id: done, tag: done }
        """;

    private readonly RuntimeHarness _h = new();

    [Fact]
    public void Run_LongestDurationsWithTheClockOnTheLastDay_WaitsUntilTheLastInstantAndFinishesInADryRun()
    {
        // 'wait: 3000000d' failed every run with a .NET date error; 3650d from the year 9999 would have too.
        _h.Store.Clock.SetUtcNow(new DateTimeOffset(9999, 12, 31, 12, 0, 0, TimeSpan.Zero));
        _h.Playbook("longest.yaml", Longest);
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.Meeting, daysAgo: 0);

        var dry = _h.Run(dryRun: true);
        var real = _h.Run();

        Assert.Empty(dry.Failures);
        var trace = Assert.Single(dry.Traces);
        Assert.Equal(RunStates.Done, trace.Run.State);
        Assert.Equal(DateTimeOffset.MaxValue.UtcDateTime.Date, Assert.Single(trace.Tasks).DueAt.UtcDateTime.Date);
        Assert.Empty(real.Failures);
        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Waiting, "wait"), (run.State, run.Step));
        Assert.Equal(DateTimeOffset.MaxValue.UtcDateTime.Date, run.WakeAt?.UtcDateTime.Date);
    }

    [Fact]
    public void Run_DraftVariantsOfTheLargestWeights_PickOneWithoutOverflow()
    {
        _h.Template("a.liquid", "A");
        _h.Template("b.liquid", "B");
        _h.Template("c.liquid", "C");
        _h.Playbook("ab.yaml", """
            schema: 1
            name: ab
            on: meeting
            steps:
              - id: pick
                draft: { template: a, variants: [{ template: b, weight: 2147483647 }, { template: c, weight: 2147483647 }] }
            """);
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.Meeting, daysAgo: 0);

        var report = _h.Run();

        Assert.Empty(report.Failures);
        Assert.Equal("B", Assert.Single(_h.Db.Drafts.List()).Body);
    }

    public void Dispose() => _h.Dispose();
}
