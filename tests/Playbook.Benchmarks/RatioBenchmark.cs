using System.Globalization;

namespace Playbook.Benchmarks;

/// <summary>
/// The five speed ratios of docs/speed.md, each against a baseline measured in the same run (this machine's absolute
/// speed varies by a third from hour to hour): all of them as processes, on the ReadyToRun publish that docs/install.md
/// makes, baselines published the same way. Every figure is the best of its rounds, the rounds of a figure and of its
/// baseline taken in turn so that a busy spell weighs on both. Prints the table; asserts nothing.
/// </summary>
internal static class RatioBenchmark
{
    private const int Connections = 30_000, Invitations = 5_000, Messages = 200_000, Fresh = 100_000;
    private const string NowText = "2026-12-01T09:00:00Z";
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse(NowText, CultureInfo.InvariantCulture);

    private enum Part
    {
        All,
        Import,
        Run,
        Desk,
        Check,
    }

    /// <summary>All five ratios.</summary>
    public static void Run(string work) => Measure(work, Part.All);

    /// <summary>The import's ratio alone (the one to watch while working on the importer).</summary>
    public static void Import(string work) => Measure(work, Part.Import);

    /// <summary>The desk's ratio alone, over the store one run of the built-ins leaves (the one to watch while working on the desk's start).</summary>
    public static void Desk(string work) => Measure(work, Part.Desk);

    /// <summary>The warm <c>check</c>'s ratio alone.</summary>
    public static void Check(string work) => Measure(work, Part.Check);

    /// <summary>The run's ratio and its peak memory alone (the ones to watch while working on the runtime).</summary>
    public static void RunOnly(string work) => Measure(work, Part.Run);

    private static void Measure(string work, Part part)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "ratios")).FullName;
        string In(string name) => Path.Combine(folder, name);
        Console.WriteLine($"Ratios: the ReadyToRun publish of playbook against baselines measured in the same run (best of each figure's rounds; {Environment.ProcessorCount} cores, load {Load()})");
        var playbook = PlaybookExecutable.PublishReadyToRun(work);
        if (playbook is null)
        {
            return;
        }

        var home = new Dictionary<string, string?>
        {
            ["XDG_CONFIG_HOME"] = In("config"),
            ["XDG_CACHE_HOME"] = In("cache"),
            ["XDG_DATA_HOME"] = In("data"),
            ["PLAYBOOK_DB"] = null,
            ["PLAYBOOK_PLAYBOOKS"] = null,
        };
        var rows = new List<string[]>();
        if (part is Part.All or Part.Import)
        {
            rows.Add(ImportRatio(playbook, folder, home));
        }

        if (part is Part.All or Part.Run)
        {
            var (runs, memory, writes, store) = RunRatio(playbook, folder, home);
            rows.Add(runs);
            rows.Add(memory);
            rows.Add(writes);
            if (part is Part.All)
            {
                rows.Add(DeskRatio(work, playbook, folder, home, store));
            }
        }

        if (part is Part.Desk)
        {
            rows.Add(DeskRatio(work, playbook, folder, home, DeskStore(playbook, folder, home)));
        }

        if (part is Part.All or Part.Check)
        {
            rows.Add(CheckRatio(work, playbook, home));
        }

        Print(rows);
    }

    /// <summary>(a) <c>import linkedin</c> of a large export against the sqlite3 shell's bare <c>.import</c> of its three CSVs into untyped tables.</summary>
    private static string[] ImportRatio(string playbook, string folder, Dictionary<string, string?> home)
    {
        const string What = "import linkedin (30,000 connections, 5,000 invitations, 200,000 messages)";
        var export = Path.Combine(folder, "export");
        SyntheticExport.Generate(Connections, Invitations, Messages).WriteTo(export);
        if (!File.Exists(Sqlite3))
        {
            Console.WriteLine($"  (no {Sqlite3}: the import has no baseline; install the sqlite3 shell)");
            return [What, "", "no sqlite3", "", "≤ 4.5× (stretch 2×)"];
        }

        var ours = new List<ProcessResult>();
        var baseline = new List<ProcessResult>();
        for (var round = 1; round <= Rounds(); round++)
        {
            var db = Path.Combine(folder, $"import-{round}.db");
            ours.Add(Expect(PlaybookExecutable.Run(["import", "linkedin", export, "--db", db], home, playbook), "playbook import"));
            var raw = Path.Combine(folder, $"sqlite3-{round}.db");
            baseline.Add(Expect(PlaybookExecutable.Run([raw,
                $".import --csv --skip 3 \"{Path.Combine(export, "Connections.csv")}\" connections",
                $".import --csv \"{Path.Combine(export, "Invitations.csv")}\" invitations",
                $".import --csv \"{Path.Combine(export, "messages.csv")}\" messages",
                "SELECT (SELECT count(*) FROM connections) || ' ' || (SELECT count(*) FROM invitations) || ' ' || (SELECT count(*) FROM messages);"], null, Sqlite3), "sqlite3 .import"));
            Console.WriteLine($"  import, round {round} (load {Load()}): playbook {Seconds(ours[^1].Wall)} (CPU {Seconds(ours[^1].Cpu)}, of it the writing thread {Seconds(ours[^1].MainThreadCpu)}; peak {ours[^1].PeakMegabytes:N0} MB), "
                + $"sqlite3 .import {Seconds(baseline[^1].Wall)} (CPU {Seconds(baseline[^1].Cpu)}; rows {baseline[^1].Output.Trim()})");
        }

        var best = ours.Min(r => r.Wall);
        var floor = baseline.Min(r => r.Wall);
        Console.WriteLine($"  import, median of the rounds: {Median(ours)} against {Median(baseline)}: {Ratio(Median(ours, r => r.Wall) / Median(baseline, r => r.Wall))}");

        // On a busy machine wall time favours the single-threaded shell; the processor time's ratio is printed beside it.
        var cpu = ours.Min(r => r.Cpu) / baseline.Min(r => r.Cpu);
        return [What, Seconds(best), $"{Seconds(floor)} sqlite3 .import", $"{Ratio(best / floor)} (CPU {Ratio(cpu)})", "≤ 4.5× (stretch 2×)"];
    }

    /// <summary>
    /// (b) <c>run</c> over 100,000 fresh invitations through the built-ins against the <c>import</c> of the same
    /// invitations, and (c) that run's peak memory. The condition cache is warm (a <c>check</c> fills it first), as it
    /// is for anyone past their first command. Returns the store the run left, with its drafts.
    /// </summary>
    private static (string[] Run, string[] Memory, string[] Writes, string Store) RunRatio(string playbook, string folder, Dictionary<string, string?> home)
    {
        var export = Path.Combine(folder, "invitations");
        FreshInvitations.Write(export, Fresh, Now);
        Expect(PlaybookExecutable.Run(["check"], home, playbook), "playbook check");

        var imports = new List<ProcessResult>();
        var runs = new List<(ProcessResult Result, long Runs)>();
        var writes = new List<TimeSpan>();
        var store = "";
        for (var round = 1; round <= Rounds(); round++)
        {
            store = Path.Combine(folder, $"runs-{round}.db");
            imports.Add(Expect(PlaybookExecutable.Run(["import", "linkedin", export, "--db", store, "--now", NowText], home, playbook), "playbook import"));
            var before = Path.Combine(folder, $"runs-{round}-before.db");
            InvitationStore.Copy(store, before);
            var run = Expect(PlaybookExecutable.Run(["run", "--db", store, "--now", NowText], home, playbook), "playbook run");
            var count = RuntimeBenchmark.Count(store, "SELECT count(*) FROM runs");
            runs.Add((run, count));
            Console.WriteLine($"  run, round {round} (load {Load()}): import of {Fresh:N0} invitations {Seconds(imports[^1].Wall)} (CPU {Seconds(imports[^1].Cpu)}); "
                + $"run {Seconds(run.Wall)} (CPU {Seconds(run.Cpu)}), {count:N0} runs, "
                + $"{RuntimeBenchmark.Count(store, "SELECT count(*) FROM drafts"):N0} drafts = {count / run.Wall.TotalSeconds:N0} runs/s, peak {run.PeakMegabytes:N0} MB");
            var (time, replayed) = RunWrites.Replay(before, store, Path.Combine(folder, $"runs-{round}-writes.db"));
            writes.Add(time);
            Console.WriteLine($"  the same run's writes alone, by SQLite: {Seconds(time)} (its {replayed:N0} runs' rows written again into the store as it was before it)");
        }

        var best = runs.MinBy(r => r.Result.Wall);
        var import = imports.Min(r => r.Wall);
        var results = runs.ConvertAll(r => r.Result);
        Console.WriteLine($"  run, median of the rounds: {Median(results)} against an import of {Median(imports)}: {Ratio(Median(results, r => r.Wall) / Median(imports, r => r.Wall))}");
        var rate = best.Runs / best.Result.Wall.TotalSeconds;
        var cpu = runs.Min(r => r.Result.Cpu) / imports.Min(r => r.Cpu);
        var peak = runs.Max(r => r.Result.PeakMegabytes);
        return (
            [$"run over {Fresh:N0} fresh invitations (a third with a note), the built-ins", $"{rate:N0} runs/s ({Seconds(best.Result.Wall)})", $"{Seconds(import)} import of them", $"{Ratio(best.Result.Wall / import)} (CPU {Ratio(cpu)})", "≥ 10,000 runs/s and ≤ 1×"],
            ["peak memory of that run", $"{peak:N0} MB", "", "", "< 250 MB"],
            ["that run against its own writes, by SQLite alone", Seconds(best.Result.Wall), $"{Seconds(writes.Min())} its rows written again", $"{Ratio(best.Result.Wall / writes.Min())} (import {Ratio(import / writes.Min())})", ""],
            store);
    }

    /// <summary>The store the run ratio leaves, made once: the fresh invitations imported and run through the built-ins.</summary>
    private static string DeskStore(string playbook, string folder, Dictionary<string, string?> home)
    {
        // PLAYBOOK_BENCH_DESK_STORE: a store one run left before (kept with PLAYBOOK_BENCH_KEEP=1), brought up to this
        // build's schema here, so that the rounds below do not time a migration.
        if (Environment.GetEnvironmentVariable("PLAYBOOK_BENCH_DESK_STORE") is { Length: > 0 } kept)
        {
            using (Engine.Store.ContactStore.Open(kept, TimeProvider.System))
            {
                Console.WriteLine($"  the desk's store: {kept}, {RuntimeBenchmark.Count(kept, "SELECT count(*) FROM drafts"):N0} drafts");
            }

            return kept;
        }

        var export = Path.Combine(folder, "invitations");
        FreshInvitations.Write(export, Fresh, Now);
        var store = Path.Combine(folder, "runs.db");
        Expect(PlaybookExecutable.Run(["import", "linkedin", export, "--db", store, "--now", NowText], home, playbook), "playbook import");
        Expect(PlaybookExecutable.Run(["run", "--db", store, "--now", NowText], home, playbook), "playbook run");
        Console.WriteLine($"  the desk's store: {RuntimeBenchmark.Count(store, "SELECT count(*) FROM drafts"):N0} drafts");
        return store;
    }

    /// <summary>(d) The desk's first useful frame (Today with its drafts) against a bare Terminal.Gui window with one label, both in tmux.</summary>
    private static string[] DeskRatio(string work, string playbook, string folder, Dictionary<string, string?> home, string store)
    {
        const string What = "the desk's first useful frame (Today with its drafts)";
        if (!Tmux.Available)
        {
            Console.WriteLine("  (tmux is not installed: no desk figure)");
            return [What, "", "no tmux", "", "≤ 1.5×"];
        }

        var bare = PlaybookExecutable.Publish(work, Path.Combine("tests", "Playbook.Benchmarks", "Baselines", "BareWindow", "BareWindow.csproj"), "BareWindow");
        if (bare is null)
        {
            return [What, "", "no bare window", "", "≤ 1.5×"];
        }

        var environment = home.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!);
        var desk = new List<double>();
        var window = new List<double>();
        var deskCpu = new List<double>();
        var windowCpu = new List<double>();
        var rounds = Rounds();
        // PLAYBOOK_BENCH_DESK_BEFORE: the apphost of another build of playbook (the one before a change), timed in
        // the same rounds, in turn with this one and the bare window, over its own copy of the same store.
        var before = Environment.GetEnvironmentVariable("PLAYBOOK_BENCH_DESK_BEFORE") is { Length: > 0 } other ? other : null;
        var beforeDesk = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var copy = Path.Combine(folder, $"desk-{round}.db");
            InvitationStore.Copy(store, copy);
            if (before is not null)
            {
                var beforeCopy = Path.Combine(folder, $"desk-before-{round}.db");
                InvitationStore.Copy(store, beforeCopy);
                using var terminal = Tmux.Start(PlaybookExecutable.Command(["--db", beforeCopy, "--now", NowText], environment, before));
                beforeDesk.Add(terminal.WaitFor("new invitation(s) with a drafted reply"));
                Console.WriteLine($"  desk, round {round}, the build before: Today with its drafts after {beforeDesk[^1]:N0} ms (CPU {terminal.ProcessorTime().TotalMilliseconds:N0} ms)");
            }

            using (var terminal = Tmux.Start(PlaybookExecutable.Command(["--db", copy, "--now", NowText], environment, playbook)))
            {
                desk.Add(terminal.WaitFor("new invitation(s) with a drafted reply"));
                deskCpu.Add(terminal.ProcessorTime().TotalMilliseconds);
            }

            using (var terminal = Tmux.Start(PlaybookExecutable.Command([], new Dictionary<string, string>(), bare)))
            {
                window.Add(terminal.WaitFor("Hello from a bare Terminal.Gui window"));
                windowCpu.Add(terminal.ProcessorTime().TotalMilliseconds);
            }

            Console.WriteLine($"  desk, round {round} (load {Load()}): Today with its drafts after {desk[^1]:N0} ms (CPU {deskCpu[^1]:N0} ms); "
                + $"the bare window's label after {window[^1]:N0} ms (CPU {windowCpu[^1]:N0} ms)");
        }

        // A round whose screen never showed (tmux lost the session) is left out of the figures.
        desk.RemoveAll(double.IsNaN);
        window.RemoveAll(double.IsNaN);
        Console.WriteLine($"  desk, median of the rounds: {Median(desk):N0} ms against {Median(window):N0} ms: {Ratio(Median(desk) / Median(window))}; "
            + $"processor time to the frame, median {Median(deskCpu):N0} ms against {Median(windowCpu):N0} ms: {Ratio(Median(deskCpu) / Median(windowCpu))}");
        beforeDesk.RemoveAll(double.IsNaN);
        if (beforeDesk.Count > 0)
        {
            Console.WriteLine($"  desk, the build before: best {beforeDesk.Min():N0} ms: {Ratio(beforeDesk.Min() / window.Min())}; "
                + $"median {Median(beforeDesk):N0} ms: {Ratio(Median(beforeDesk) / Median(window))}");
        }


        return [What, $"{desk.Min():N0} ms", $"{window.Min():N0} ms bare Terminal.Gui window", Ratio(desk.Min() / window.Min()), "≤ 1.5×"];
    }

    /// <summary>(e) <c>check</c> of the built-ins with a warm cache against a hello-world .NET console process.</summary>
    private static string[] CheckRatio(string work, string playbook, Dictionary<string, string?> home)
    {
        const string What = "check of the built-ins, cache warm";
        var hello = PlaybookExecutable.Publish(work, Path.Combine("tests", "Playbook.Benchmarks", "Baselines", "HelloWorld", "HelloWorld.csproj"), "HelloWorld");
        if (hello is null)
        {
            return [What, "", "no hello world", "", "≤ 3×"];
        }

        var check = new List<ProcessResult>();
        var baseline = new List<ProcessResult>();
        Expect(PlaybookExecutable.Run(["check"], home, playbook), "playbook check");
        for (var round = 1; round <= 7; round++)
        {
            check.Add(Expect(PlaybookExecutable.Run(["check"], home, playbook), "playbook check"));
            baseline.Add(Expect(PlaybookExecutable.Run([], null, hello), "hello world"));
        }

        static string Rounds(List<ProcessResult> rounds) =>
            string.Join(", ", rounds.Select(r => $"{r.Wall.TotalMilliseconds:N0}")) + $" ms (least CPU {rounds.Min(r => r.Cpu).TotalMilliseconds:N0} ms)";
        Console.WriteLine($"  check: {Rounds(check)}; hello world: {Rounds(baseline)}");
        var best = check.Min(r => r.Wall);
        var floor = baseline.Min(r => r.Wall);

        // The processor time is read from /proc every 10 ms, in ticks of 10 ms: a coarse figure beside the wall time.
        var cpu = baseline.Min(r => r.Cpu) > TimeSpan.Zero ? $" (CPU {Ratio(check.Min(r => r.Cpu) / baseline.Min(r => r.Cpu))})" : "";
        return [What, $"{best.TotalMilliseconds:N0} ms", $"{floor.TotalMilliseconds:N0} ms hello world", Ratio(best / floor) + cpu, "≤ 3×"];
    }

    private static string Sqlite3 => "/usr/bin/sqlite3";

    private static ProcessResult Expect(ProcessResult result, string what)
    {
        if (result.ExitCode != 0)
        {
            Console.WriteLine($"  ({what} exited {result.ExitCode}: {ProcessFigures.FirstLine(result.Error)})");
        }

        return result;
    }

    private static void Print(List<string[]> rows)
    {
        string[] header = ["what", "ours", "baseline", "ratio", "target"];
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Append(header).Max(r => r[i].Length)).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        Console.WriteLine();
        Console.WriteLine(Line(header));
        Console.WriteLine("| " + string.Join(" | ", widths.Select(w => new string('-', w))) + " |");
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row));
        }
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:N2} s";

    /// <summary>How many rounds each ratio takes: <c>PLAYBOOK_BENCH_ROUNDS</c>, else 3.</summary>
    private static int Rounds() =>
        int.TryParse(Environment.GetEnvironmentVariable("PLAYBOOK_BENCH_ROUNDS"), out var asked) && asked > 0 ? asked : 3;

    private static double Median(List<ProcessResult> rounds, Func<ProcessResult, TimeSpan> of) => Median(rounds.ConvertAll(r => of(r).TotalSeconds));

    private static string Median(List<ProcessResult> rounds) => $"{Median(rounds, r => r.Wall):N2} s";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Ratio(double ratio) => $"{ratio:0.00}×";

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
