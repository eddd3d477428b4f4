using System.Diagnostics;
using Playbook.Engine.Analysis;
using Playbook.Engine.Catalog;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Languages;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Templates;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// Where a <c>run</c> over fresh invitations spends its time, in process: the store the run ratio measures (100,000
/// invitations, a third with a note, imported), the whole pass through the runtime told apart by its progress reports
/// (finding the work, the runs, what follows the last run: the last commit and the full-text rows), then the parts of a
/// run alone over the same invitations (reading the contact and their history, analysing them, rendering the welcome,
/// the analysis's JSON); what the runs took beyond those parts is the store's writes, savepoints and commits. Prints
/// figures; asserts nothing.
/// </summary>
internal static class RunPhases
{
    private const int Fresh = 100_000;
    private static readonly DateTimeOffset Now = RuntimeBenchmark.T0;

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "run-phases")).FullName;
        string In(string name) => Path.Combine(folder, name);
        Console.WriteLine($"Run phases: the built-ins over {Fresh:N0} fresh invitations, in process (load {Load()})");
        var options = new CatalogOptions { UserFolder = null, CacheFolder = In("cache"), Time = new FixedTimeProvider(Now) };
        using var catalog = PlaybookCatalog.Load(options);

        // Once through on a small store first, so that JIT is not measured.
        Pass(Prepare(In("warm"), 1_000), catalog, quiet: true);
        var store = Prepare(In("fresh"), Fresh);
        Pass(store, catalog, quiet: false);
        // PLAYBOOK_BENCH_PASS_ONLY=1 leaves the parts out, so that a profiler attached to the process sees the pass alone.
        if (Environment.GetEnvironmentVariable("PLAYBOOK_BENCH_PASS_ONLY") != "1")
        {
            Parts(store, catalog);
        }
    }

    private static string Prepare(string folder, int count)
    {
        FreshInvitations.Write(folder, count, Now);
        var path = folder + ".db";
        using var store = ContactStore.Open(path, new FixedTimeProvider(Now));
        new LinkedInImporter(store).Import(folder);
        return path;
    }

    private static void Pass(string from, PlaybookCatalog catalog, bool quiet)
    {
        var path = from + ".run.db";
        InvitationStore.Copy(from, path);
        using var store = ContactStore.Open(path, new FixedTimeProvider(Now));
        var runtime = PlaybookRuntime.Create(store, catalog, new Playbook.Engine.Configuration.PlaybookConfig());
        var probe = new PhaseProbe();
        var meter = new Meter();
        var thread = ChildTimes.ThisThread();
        var report = runtime.Run(RunRequest.All, probe);
        thread = ChildTimes.ThisThread() - thread;
        var cost = meter.Stop();
        if (quiet)
        {
            return;
        }

        Console.WriteLine($"  the pass: {report.RunsStarted:N0} runs, {report.Drafts:N0} drafts in {Ms(cost.Elapsed)} = {report.RunsStarted / cost.Elapsed.TotalSeconds:N0} runs/s; "
            + $"CPU {Ms(cost.Cpu)}, of it the pass's own thread {Ms(thread)}; allocated {cost.AllocatedMegabytes:N0} MB, {cost.Collections}");
        Console.WriteLine($"    finding the work {Ms(probe.BeforeFirst)}, the runs {Ms(probe.Runs)}, after the last run (last commit, full-text rows) {Ms(probe.AfterLast(cost.End))}");
    }

    private static void Parts(string from, PlaybookCatalog catalog)
    {
        var path = from + ".parts.db";
        InvitationStore.Copy(from, path);
        using var store = ContactStore.Open(path, new FixedTimeProvider(Now));
        var me = store.Me.Get();
        var welcome = catalog.Find("welcome")!;
        var analyzer = ProfileAnalyzer.For(me);
        using var session = new RunSession(store);
        var pending = WorkQueue.Pending(session, welcome, Now);
        long reads = 0, analysis = 0, render = 0, json = 0;
        long readBytes = 0, analysisBytes = 0, renderBytes = 0, jsonBytes = 0;
        foreach (var (eventId, contactId) in pending)
        {
            var startBytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var contact = session.Contact(contactId)!;
            var history = session.History(contactId, Now);
            var e = history.Find(h => h.Id == eventId);
            var read = Stopwatch.GetTimestamp();
            var readAt = GC.GetAllocatedBytesForCurrentThread();
            var analysed = analyzer.Analyse(contact, e, Now, history);
            var analysedAt = Stopwatch.GetTimestamp();
            var analysedBytes = GC.GetAllocatedBytesForCurrentThread();
            var language = LanguageChooser.ChooseFor(contact, history, e, me, Now);
            catalog.Templates.RenderDraft("welcome", language.Code, new TemplateModel { Contact = contact, Me = me, Event = e, Analysis = analysed }, "linkedin", ChannelLimits.Default);
            var rendered = Stopwatch.GetTimestamp();
            var renderedBytes = GC.GetAllocatedBytesForCurrentThread();
            AnalysisJson.Write(analysed);
            var written = Stopwatch.GetTimestamp();
            jsonBytes += GC.GetAllocatedBytesForCurrentThread() - renderedBytes;
            renderBytes += renderedBytes - analysedBytes;
            analysisBytes += analysedBytes - readAt;
            readBytes += readAt - startBytes;
            reads += read - start;
            analysis += analysedAt - read;
            render += rendered - analysedAt;
            json += written - rendered;
        }

        string Part(long ticks, long bytes) =>
            $"{Ms(Stopwatch.GetElapsedTime(0, ticks))} ({Stopwatch.GetElapsedTime(0, ticks).TotalMicroseconds / pending.Count:0.0} µs and {bytes / pending.Count:N0} bytes allocated a run)";
        Console.WriteLine($"  the parts alone over the same {pending.Count:N0} invitations: reading the contact and their history {Part(reads, readBytes)}, analysing {Part(analysis, analysisBytes)}, "
            + $"choosing the language and rendering the welcome {Part(render, renderBytes)}, the analysis's JSON {Part(json, jsonBytes)}");
    }

    private static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:N0} ms";

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
