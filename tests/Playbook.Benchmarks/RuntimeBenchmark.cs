using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Catalog;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// The welcome playbook over 100,000 fresh, unanswered invitations: the runtime in process beside a hand-written loop
/// doing the same store writes (run, then tick seven days after the drafts were sent with one contact in ten having
/// replied), then the whole <c>playbook run</c> process. Each measure is taken in rounds that alternate the engine and
/// the loop, each on a fresh copy of the same file, so that a busy machine weighs on both alike. Prints figures and the
/// targets beside them; asserts nothing.
/// </summary>
internal static class RuntimeBenchmark
{
    /// <summary>The clock of the run, and when the drafts are marked sent.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The clock of the tick: an hour after the 7-day wait of every run is over.</summary>
    public static readonly DateTimeOffset TickAt = T0.AddDays(7).AddHours(1);

    public const int Rounds = 2;
    private const int Events = 100_000;
    private const int WarmUpEvents = 1_000;

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "runtime")).FullName;
        string In(string name) => Path.Combine(folder, name);
        Console.WriteLine($"Runtime: the welcome playbook over {Events:N0} fresh, unanswered invitations (run at {Show(T0)}, tick at {Show(TickAt)}), {Rounds} rounds");

        var basePath = In("base.db");
        var setup = new Meter();
        InvitationStore.Write(basePath, Events, T0);
        Console.WriteLine($"  setup (not timed below): {Events:N0} contacts with one invitation each in {Ms(setup.Stop())}, {new FileInfo(basePath).Length / 1024.0 / 1024.0:N0} MB");

        // The built-in catalog: reply-received has conditions (a 'when' and two 'if's), compiled by Roslyn once and then read from the cache.
        var options = new CatalogOptions { UserFolder = null, CacheFolder = In("cache"), Time = new FixedTimeProvider(T0) };
        var cold = new Meter();
        PlaybookCatalog.Load(options).Dispose();
        var coldCost = cold.Stop();
        var warm = new Meter();
        using var catalog = PlaybookCatalog.Load(options);
        Console.WriteLine($"  catalog load in process: first {Ms(coldCost)} (compiles welcome's and reply-received's conditions), again {Ms(warm.Stop())} (compile cache)");
        Console.WriteLine($"  enabled: {string.Join(", ", catalog.Enabled.Select(p => p.Name))}; problems: {catalog.Problems.Count}");

        // Every path once on a small store so that JIT is not measured.
        var warmBase = In("warm-base.db");
        InvitationStore.Write(warmBase, WarmUpEvents, T0, seed: 7);
        var warmRun = EnginePath.Run(warmBase, In("warm-engine.db"), catalog);
        EnginePath.MarkSent(warmRun.Path, catalog);
        var warmTick = EnginePath.Tick(warmRun.Path, In("warm-engine-tick.db"), catalog);
        var warmLoop = LoopPath.Run(warmBase, In("warm-loop.db"), catalog);
        var warmLoopTick = LoopPath.Tick(warmRun.Path, In("warm-loop-tick.db"), catalog);
        Console.WriteLine($"  warm-up on {WarmUpEvents:N0} invitations (JIT included, not counted): engine run {Ms(warmRun.Cost)}, tick {Ms(warmTick.Cost)}; loop run {Ms(warmLoop.Cost)}, tick {Ms(warmLoopTick.Cost)}");

        var engineRuns = new List<EngineRun>();
        var loopRuns = new List<LoopRun>();
        for (var round = 1; round <= Rounds; round++)
        {
            engineRuns.Add(EnginePath.Run(basePath, In($"engine-run-{round}.db"), catalog));
            loopRuns.Add(LoopPath.Run(basePath, In($"loop-run-{round}.db"), catalog));
            Print("run", round, engineRuns[^1], loopRuns[^1]);
        }

        Console.WriteLine($"    same work: {Compare(loopRuns[0].Path, engineRuns[0].Path, "welcome")}; journal rows engine {Count(engineRuns[0].Path, "SELECT count(*) FROM journal"):N0}, loop {Count(loopRuns[0].Path, "SELECT count(*) FROM journal"):N0}");

        var again = engineRuns.Select(e => EnginePath.Again(e.Path, catalog)).ToList();
        foreach (var a in again)
        {
            Console.WriteLine($"  engine run again on the same store (nothing pending): {Ms(a.Cost)}, of which finding the work {Ms(a.Probe.BeforeFirst)}; {Alloc(a.Cost)}");
        }

        // The first engine file, its drafts marked sent and the replies added, is where every tick starts from.
        var preTick = engineRuns[0].Path;
        var marked = EnginePath.MarkSent(preTick, catalog);
        Console.WriteLine($"  mark sent (the runtime's MarkSent per draft, one transaction each; timed apart, not in any ratio): {marked.Marked:N0} drafts in {Ms(marked.Cost)} = {Rate(marked.Marked, marked.Cost)} drafts/s; {Alloc(marked.Cost)}");
        Console.WriteLine($"    then {marked.Replies:N0} replies (message.received) added at T0+2d");

        var engineTicks = new List<EngineRun>();
        var loopTicks = new List<LoopRun>();
        for (var round = 1; round <= Rounds; round++)
        {
            engineTicks.Add(EnginePath.Tick(preTick, In($"engine-tick-{round}.db"), catalog));
            loopTicks.Add(LoopPath.Tick(preTick, In($"loop-tick-{round}.db"), catalog));
            Print("tick", round, engineTicks[^1], loopTicks[^1]);
        }

        Console.WriteLine($"    same work: {Compare(loopTicks[0].Path, engineTicks[0].Path, "nudge")}");
        EngineParts.Print(preTick, Events);
        using (var self = Process.GetCurrentProcess())
        {
            Console.WriteLine($"  in-process peak working set (the whole benchmark so far): {self.PeakWorkingSet64 / 1024.0 / 1024.0:N0} MB");
        }

        var process = ProcessPath.Measure(basePath, folder);

        Console.WriteLine($"  Summary ({Events:N0} invitations; best and worst of {Rounds} rounds; the target beside each figure):");
        Console.WriteLine($"    run:  engine {BestWorst(engineRuns.Select(e => e.Report.RunsStarted / e.Cost.Elapsed.TotalSeconds))} runs/s, loop {BestWorst(loopRuns.Select(l => l.Runs / l.Cost.Elapsed.TotalSeconds))} runs/s; "
            + $"engine time / loop time {Ratios(engineRuns.Select(e => e.Cost), loopRuns.Select(l => l.Cost))} (target at most 1.50)");
        Console.WriteLine($"    tick: engine {BestWorst(engineTicks.Select(e => e.Report.RunsResumed / e.Cost.Elapsed.TotalSeconds))} runs/s, loop {BestWorst(loopTicks.Select(l => l.Runs / l.Cost.Elapsed.TotalSeconds))} runs/s; "
            + $"engine time / loop time {Ratios(engineTicks.Select(e => e.Cost), loopTicks.Select(l => l.Cost))} (target at most 1.50)");
        Console.WriteLine($"    mark sent through the runtime: {Rate(marked.Marked, marked.Cost)} drafts/s, one transaction each (measured once; no target)");
        Console.WriteLine($"    engine run again in process, nothing pending: {string.Join(", ", again.Select(a => Ms(a.Cost)))} (no target; 'should be fast')");
        Console.WriteLine(process.Summary());
    }

    private static void Print(string what, int round, EngineRun engine, LoopRun loop)
    {
        var r = engine.Report;
        var runs = what == "run" ? r.RunsStarted : r.RunsResumed;
        Console.WriteLine($"  {what}, round {round} ({(what == "run" ? "clock T0" : "clock T0+7d+1h")}):");
        Console.WriteLine($"    engine: {runs:N0} runs in {Ms(engine.Cost)} = {Rate(runs, engine.Cost)} runs/s; {r.Drafts:N0} drafts, {r.Done:N0} done, {r.Waiting:N0} waiting, {r.Failures.Count} failed; {Alloc(engine.Cost)}");
        Console.WriteLine($"            finding the work {Ms(engine.Probe.BeforeFirst)}, the runs {Ms(engine.Probe.Runs)}, after the last run (report, commit) {Ms(engine.Probe.AfterLast(engine.Cost.End))}; runs/s per tenth: {Tenths(engine.Probe)}");
        Console.WriteLine($"    loop:   {loop.Runs:N0} runs in {Ms(loop.Cost)} = {Rate(loop.Runs, loop.Cost)} runs/s{(what == "run" ? "" : $" ({loop.Nudged:N0} nudged, {loop.Ended:N0} ended)")}; {Alloc(loop.Cost)}");
        Console.WriteLine($"            {loop.Split}; runs/s per tenth: {Tenths(loop.Probe)}");
        Console.WriteLine($"    engine time / loop time: {Ratio(engine.Cost.Elapsed, loop.Cost.Elapsed)} (CPU time {Ratio(engine.Cost.Cpu, loop.Cost.Cpu)}; target at most 1.50)");
    }

    /// <summary>How many of the loop's drafts of <paramref name="step"/> have the engine's body and language for the same contact.</summary>
    private static string Compare(string loopPath, string enginePath, string step)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = loopPath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "ATTACH DATABASE $path AS engine";
        command.Parameters.AddWithValue("$path", enginePath);
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = """
            SELECT count(*), coalesce(sum(e.body = d.body AND e.language IS d.language), 0) FROM drafts d
            LEFT JOIN engine.drafts e ON e.contact_id = d.contact_id AND e.step = d.step WHERE d.step = $step
            """;
        command.Parameters.AddWithValue("$step", step);
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"{reader.GetInt64(1):N0} of the loop's {reader.GetInt64(0):N0} {step} drafts have the engine's body and language";
    }

    internal static long Count(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string BestWorst(IEnumerable<double> rates)
    {
        var list = rates.ToList();
        return $"best {list.Max().ToString("N0", CultureInfo.InvariantCulture)}, worst {list.Min().ToString("N0", CultureInfo.InvariantCulture)}";
    }

    /// <summary>Each round's ratio (the engine and the loop ran one after the other), and best engine time over best loop time.</summary>
    private static string Ratios(IEnumerable<Cost> engine, IEnumerable<Cost> loop)
    {
        var e = engine.Select(c => c.Elapsed).ToList();
        var l = loop.Select(c => c.Elapsed).ToList();
        return $"by round {string.Join(", ", e.Zip(l, Ratio))}, best/best {Ratio(e.Min(), l.Min())}";
    }

    private static string Tenths(PhaseProbe probe) => string.Join(" ", probe.RatePerTenth().Select(r => r.ToString("N0", CultureInfo.InvariantCulture)));

    private static string Alloc(Cost cost) => $"CPU {Ms(cost.Cpu)}; allocated {cost.AllocatedMegabytes:N0} MB, {cost.Collections}";

    private static string Ms(Cost cost) => Ms(cost.Elapsed);

    internal static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:N0} ms";

    internal static string Rate(long count, Cost cost) => Rate(count, cost.Elapsed);

    internal static string Rate(long count, TimeSpan elapsed) => (count / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan engine, TimeSpan loop) => (engine / loop).ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Show(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
