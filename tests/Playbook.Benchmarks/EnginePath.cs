using Playbook.Engine.Catalog;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// The runtime itself, in process, through its public API as <c>playbook run</c>, <c>draft sent</c> and <c>tick</c>
/// use it, each on a store opened with the clock of the command.
/// </summary>
internal static class EnginePath
{
    /// <summary>Copies <paramref name="from"/> to <paramref name="path"/> and runs every enabled playbook over it at <see cref="RuntimeBenchmark.T0"/>.</summary>
    public static EngineRun Run(string from, string path, PlaybookCatalog catalog)
    {
        InvitationStore.Copy(from, path);
        return Measure(path, catalog, RuntimeBenchmark.T0, (runtime, probe) => runtime.Run(RunRequest.All, probe));
    }

    /// <summary>The same command again on <paramref name="path"/>: nothing is pending, but every waiting run and every event is looked at.</summary>
    public static EngineRun Again(string path, PlaybookCatalog catalog) =>
        Measure(path, catalog, RuntimeBenchmark.T0, (runtime, probe) => runtime.Run(RunRequest.All, probe));

    /// <summary>
    /// Marks every pending draft of <paramref name="path"/> sent at T0, one <see cref="PlaybookRuntime.MarkSent"/> each (as
    /// <c>playbook draft sent</c> does), then adds a reply at T0+2d for one contact in ten.
    /// </summary>
    public static MarkSentRun MarkSent(string path, PlaybookCatalog catalog)
    {
        using var store = ContactStore.Open(path, new FixedTimeProvider(RuntimeBenchmark.T0));
        var runtime = new PlaybookRuntime(store, catalog, new RuntimeSettings { Me = store.Me.Get() });
        var drafts = store.Drafts.List(DraftStatuses.Pending);
        var meter = new Meter();
        foreach (var draft in drafts)
        {
            runtime.MarkSent(draft.Id, RuntimeBenchmark.T0);
        }

        var cost = meter.Stop();
        var replies = InvitationStore.AddReplies(store, 10, RuntimeBenchmark.T0.AddDays(2));
        return new MarkSentRun(cost, drafts.Count, replies);
    }

    /// <summary>Copies <paramref name="from"/> to <paramref name="path"/> and ticks it at <see cref="RuntimeBenchmark.TickAt"/>.</summary>
    public static EngineRun Tick(string from, string path, PlaybookCatalog catalog)
    {
        InvitationStore.Copy(from, path);
        return Measure(path, catalog, RuntimeBenchmark.TickAt, (runtime, probe) => runtime.Tick(probe));
    }

    private static EngineRun Measure(string path, PlaybookCatalog catalog, DateTimeOffset now, Func<PlaybookRuntime, PhaseProbe, RunReport> command)
    {
        using var store = ContactStore.Open(path, new FixedTimeProvider(now));
        var runtime = new PlaybookRuntime(store, catalog, new RuntimeSettings { Me = store.Me.Get() });
        var meter = new Meter();
        var probe = new PhaseProbe();
        var report = command(runtime, probe);
        return new EngineRun(meter.Stop(), report, probe, path);
    }
}
