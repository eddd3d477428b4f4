using System.Diagnostics;
using Playbook.Benchmarks;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Store;

// Benchmarks print figures; they assert nothing. Run in Release:
//   dotnet run -c Release --project tests/Playbook.Benchmarks -- [import|search|runtime|analysis|scripts|desk|compile|steps|profiles|calendar|mail|x|facebook|dry-run|ratios|ratios-import|ratios-run|ratios-desk|ratios-check|run-phases|import-phases|replies|all]
// and to (re)write the profile PDFs of tests/fixtures/profiles and examples/profiles:
//   dotnet run --project tests/Playbook.Benchmarks -- profile-fixtures
var which = args.FirstOrDefault() ?? "all";
if (which == "profile-fixtures")
{
    Playbook.Benchmarks.Profiles.ProfileFixtures.Write();
    return;
}

(string Name, Action<string> Run)[] benchmarks =
[
    ("import", ImportBenchmark),
    ("search", SearchBenchmark),
    ("runtime", RuntimeBenchmark.Run),
    ("analysis", _ => AnalysisBenchmark.Run()),
    ("scripts", ScriptBenchmark.Run),
    ("desk", DeskBenchmark.Run),
    ("compile", CompileBenchmark.Run),
    ("steps", StepsBenchmark.Run),
    ("profiles", ProfileBenchmark.Run),
    ("calendar", CalendarBenchmark.Run),
    ("mail", MailBenchmark.Run),
    ("x", XBenchmark.Run),
    ("facebook", FacebookBenchmark.Run),
    ("dry-run", DryRunBenchmark.Run),
    ("ratios", RatioBenchmark.Run),
    ("ratios-import", RatioBenchmark.Import),
    ("ratios-run", RatioBenchmark.RunOnly),
    ("ratios-desk", RatioBenchmark.Desk),
    ("ratios-check", RatioBenchmark.Check),
    ("run-phases", RunPhases.Run),
    ("import-phases", ImportPhases.Run),
    ("read-ahead", ImportPhases.ReadAhead),
    ("import-events", EventWriting.Run),
    ("replies", RepliesBenchmark.Run),
];
if (which != "all" && !benchmarks.Any(b => b.Name == which))
{
    Console.Error.WriteLine($"no benchmark '{which}'; give one of: {string.Join(", ", benchmarks.Select(b => b.Name))}, all");
    Environment.ExitCode = 2;
    return;
}

var work = Directory.CreateTempSubdirectory("playbook-bench-");
try
{
    foreach (var (_, run) in benchmarks.Where(b => which is "all" || b.Name == which))
    {
        run(work.FullName);
    }
}
finally
{
    // PLAYBOOK_BENCH_KEEP=1 keeps the stores and exports for a look with sqlite3.
    if (Environment.GetEnvironmentVariable("PLAYBOOK_BENCH_KEEP") == "1")
    {
        Console.WriteLine($"(kept {work.FullName})");
    }
    else
    {
        work.Delete(recursive: true);
    }
}

static void ImportBenchmark(string work)
{
    const int Connections = 30_000, Invitations = 5_000, Messages = 200_000;
    var export = SyntheticExport.Generate(Connections, Invitations, Messages);
    var folder = Path.Combine(work, "export");
    export.WriteTo(folder);
    Console.WriteLine($"Import of a LinkedIn export: {Connections:N0} connections, {Invitations:N0} invitations, {Messages:N0} messages ({export.Rows:N0} rows)");

    // Warm both paths once on a small export so that JIT is not measured.
    var warm = SyntheticExport.Generate(500, 100, 1_000, seed: 7);
    var warmFolder = Path.Combine(work, "warm");
    warm.WriteTo(warmFolder);
    using (var store = ContactStore.Open(Path.Combine(work, "warm-importer.db"), TimeProvider.System))
    {
        new LinkedInImporter(store).Import(warmFolder);
    }

    using (var store = ContactStore.Open(Path.Combine(work, "warm-raw.db"), TimeProvider.System))
    {
        RawLoop.Write(store, warm);
    }

    var raw = Time(() =>
    {
        using var store = ContactStore.Open(Path.Combine(work, "raw.db"), TimeProvider.System);
        RawLoop.Write(store, export);
    });
    var imported = Time(() =>
    {
        using var store = ContactStore.Open(Path.Combine(work, "importer.db"), TimeProvider.System);
        new LinkedInImporter(store).Import(folder);
    });

    var survey = Time(() =>
    {
        using var opened = LinkedInExport.Open(folder);
        ExportSurvey.Of(opened);
    });
    Console.WriteLine($"  (of which the first pass for the export's date and owner: {survey.TotalMilliseconds:N0} ms)");

    // The same import file by file, to see where the time goes.
    using (var store = ContactStore.Open(Path.Combine(work, "by-file.db"), TimeProvider.System))
    {
        foreach (var file in new[] { "Connections.csv", "Invitations.csv", "messages.csv" })
        {
            var single = Path.Combine(work, "single-" + file);
            Directory.CreateDirectory(single);
            File.Copy(Path.Combine(folder, "Profile.csv"), Path.Combine(single, "Profile.csv"));
            File.Copy(Path.Combine(folder, file), Path.Combine(single, file));
            var elapsed = Time(() => new LinkedInImporter(store).Import(single));
            Console.WriteLine($"  ({file}: {elapsed.TotalMilliseconds:N0} ms)");
        }

        // Every import ends by moving stages on from the histories; here that pass alone, again, over the whole store.
        var stages = Time(() => store.Events.AdvanceStages());
        Console.WriteLine($"  (of which each import's stage pass over the whole store: {stages.TotalMilliseconds:N0} ms)");
    }

    var rawRate = export.Rows / raw.TotalSeconds;
    var importRate = export.Rows / imported.TotalSeconds;
    Console.WriteLine($"  hand-written prepared-statement loop: {raw.TotalMilliseconds,8:N0} ms  {rawRate,10:N0} rows/s");
    Console.WriteLine($"  importer (in process, parsing included): {imported.TotalMilliseconds,5:N0} ms  {importRate,10:N0} rows/s");
    Console.WriteLine($"  ratio importer / loop: {importRate / rawRate:0.00} (target at least 0.80)");

    // The importer classifies every received message as it stores it; here the classifier alone over the same texts.
    var received = export.Messages.Where(m => !m.FromOwner).Select(m => m.Content).ToList();
    var classifier = Playbook.Engine.Analysis.Replies.ReplyClassifier.BuiltIn;
    classifier.Classify(received[0]);
    var classifying = Stopwatch.StartNew();
    var labels = received.Select(t => classifier.Classify(t).Label).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
    classifying.Stop();
    Console.WriteLine($"  reply classification alone: {received.Count:N0} received messages in {classifying.ElapsedMilliseconds:N0} ms = {received.Count / classifying.Elapsed.TotalSeconds:N0} messages/s ({string.Join(", ", labels.OrderBy(l => l.Key).Select(l => $"{l.Value:N0} {l.Key}"))})");

    var process = PlaybookExecutable.Run(["import", "linkedin", folder, "--db", Path.Combine(work, "process.db")]);
    Console.WriteLine($"  'playbook import' process: {process.Wall.TotalMilliseconds:N0} ms wall (target under 3,000), peak memory {process.PeakMegabytes:N0} MB (target under 300), exit {process.ExitCode}");

    // The funnel over the imported store: the first measure (cold statements and pages), then the best of five, whole and by group.
    using (var store = ContactStore.Open(Path.Combine(work, "importer.db"), TimeProvider.System))
    {
        var first = Stopwatch.StartNew();
        var report = Playbook.Engine.Stats.Funnel.Measure(store);
        first.Stop();
        var best = Enumerable.Range(0, 5).Min(_ => Time(() => Playbook.Engine.Stats.Funnel.Measure(store)).TotalMilliseconds);
        var byMonth = Enumerable.Range(0, 5).Min(_ => Time(() => Playbook.Engine.Stats.Funnel.Measure(store, "month")).TotalMilliseconds);
        var t = report.Total;
        Console.WriteLine($"Funnel ('stats') over that store: {t.Invitations:N0} invitations, {t.PersonalReplies:N0} personal replies, {t.Answered:N0} answered, {t.Conversations:N0} conversations");
        Console.WriteLine($"  in process: first {first.Elapsed.TotalMilliseconds:N0} ms, then {best:N0} ms; --by month {byMonth:N0} ms (target under 200)");
        var stats = PlaybookExecutable.Run(["stats", "--db", Path.Combine(work, "importer.db")]);
        Console.WriteLine($"  'playbook stats' process: {stats.Wall.TotalMilliseconds:N0} ms wall, exit {stats.ExitCode}");
    }
}

static void SearchBenchmark(string work)
{
    const int Contacts = 100_000;
    var export = SyntheticExport.Generate(Contacts, 0, 0, seed: 11);
    var path = Path.Combine(work, "search.db");
    using var store = ContactStore.Open(path, TimeProvider.System);
    RawLoop.Write(store, export, includeEvents: false);
    Console.WriteLine($"Search over {Contacts:N0} contacts (in process, median of 25 runs):");
    foreach (var query in new[] { "pena", "MULLER", "garcia contoso", "head of e-commerce", "zo" })
    {
        var count = store.Contacts.Search(query).Count;
        var times = Enumerable.Range(0, 25).Select(_ => Time(() => store.Contacts.Search(query)).TotalMilliseconds).Order().ToList();
        Console.WriteLine($"  contacts {query,-20} {times[times.Count / 2],7:N1} ms  ({count:N0} matches; target under 50 ms)");
    }

    var limited = Enumerable.Range(0, 25).Select(_ => Time(() => store.Contacts.Search("garcia", limit: 50)).TotalMilliseconds).Order().ToList();
    Console.WriteLine($"  contacts garcia --limit 50   {limited[limited.Count / 2],7:N1} ms");
}

static TimeSpan Time(Action action)
{
    var stopwatch = Stopwatch.StartNew();
    action();
    return stopwatch.Elapsed;
}
