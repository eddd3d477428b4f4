using Playbook.Engine.Catalog;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>The <see cref="RuntimeLoop"/> over copies of the same files the runtime starts from.</summary>
internal static class LoopPath
{
    /// <summary>Copies <paramref name="from"/> to <paramref name="path"/> and starts the welcome runs over it at T0.</summary>
    public static LoopRun Run(string from, string path, PlaybookCatalog catalog)
    {
        InvitationStore.Copy(from, path);
        return Measure(path, catalog, RuntimeBenchmark.T0, (loop, probe) => (loop.Run(probe), 0, 0));
    }

    /// <summary>Copies <paramref name="from"/> to <paramref name="path"/> and wakes its due runs at <see cref="RuntimeBenchmark.TickAt"/>.</summary>
    public static LoopRun Tick(string from, string path, PlaybookCatalog catalog)
    {
        InvitationStore.Copy(from, path);
        return Measure(path, catalog, RuntimeBenchmark.TickAt, (loop, probe) => loop.Tick(probe));
    }

    private static LoopRun Measure(string path, PlaybookCatalog catalog, DateTimeOffset now, Func<RuntimeLoop, PhaseProbe, (int Runs, int Nudged, int Ended)> work)
    {
        var welcome = catalog.Find("welcome") ?? throw new InvalidOperationException("The built-in welcome playbook did not load.");
        using var store = ContactStore.Open(path, new FixedTimeProvider(now));
        var loop = new RuntimeLoop(store, catalog.Templates, store.Me.Get(), welcome.ContentHash, now);
        var meter = new Meter();
        var probe = new PhaseProbe();
        var (runs, nudged, ended) = work(loop, probe);
        return new LoopRun(meter.Stop(), runs, nudged, ended, loop.Breakdown, probe, path);
    }
}
