using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Catalog;
using Playbook.Engine.Import;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// A dry run (<c>run --dry-run</c>: every enabled playbook over the pending events, nothing kept) on the example store
/// and on the import benchmark's store (30,000 connections, 5,000 invitations, 200,000 messages): in process and as a
/// process, and beside it a copy of the whole store into memory, the part of a dry run that grows with the file.
/// Prints figures; asserts nothing.
/// </summary>
internal static class DryRunBenchmark
{
    private const int Rounds = 5;

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "dry-run")).FullName;
        var examples = Playbook.Tui.Desk.Examples.FindFolder() ?? throw new InvalidOperationException("run from a checkout: the examples folder is needed");

        var example = Path.Combine(folder, "example.db");
        var monday = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        using (var store = ContactStore.Open(example, new FixedTimeProvider(monday)))
        {
            new Importer(store).Import(new ImportRequest(ExportKind.LinkedIn, [Path.Combine(examples, Playbook.Tui.Desk.Examples.ExportFileName)]));
        }

        var large = Path.Combine(folder, "large.db");
        var export = SyntheticExport.Generate(30_000, 5_000, 200_000);
        var exportFolder = Path.Combine(folder, "export");
        export.WriteTo(exportFolder);
        var after = export.Invitations.Max(i => i.At).AddHours(1);
        using (var store = ContactStore.Open(large, new FixedTimeProvider(after)))
        {
            new LinkedInImporter(store).Import(exportFolder);
        }

        Measure("the example store", example, monday, folder);
        Measure("the 30,000-contact store", large, after, folder);
    }

    private static void Measure(string name, string path, DateTimeOffset now, string folder)
    {
        var clock = new FixedTimeProvider(now);
        var options = new CatalogOptions { UserFolder = null, CacheFolder = Path.Combine(folder, "cache"), Time = clock };
        using var catalog = PlaybookCatalog.Load(options);
        using var store = ContactStore.Open(path, clock);
        var runtime = PlaybookRuntime.Create(store, catalog, Playbook.Engine.Configuration.PlaybookConfig.Empty);
        var size = new FileInfo(path).Length / 1024.0 / 1024.0;
        Console.WriteLine($"Dry run on {name} ({store.Contacts.Count():N0} contacts, {Count(store, "events"):N0} events, {size:N1} MB) at {now.ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture)}:");

        RunReport? report = null;
        var dry = Best(() => report = runtime.Run(new RunRequest { DryRun = true }));
        Console.WriteLine($"  in process, best of {Rounds} after a warm-up: {dry:N0} ms ({report!.RunsStarted:N0} runs started, {report.Drafts:N0} drafts)");

        var copy = Best(() =>
        {
            using var memory = new SqliteConnection("Data Source=:memory:");
            memory.Open();
            store.Connection.BackupDatabase(memory);
        });
        Console.WriteLine($"  a copy of the whole store into memory alone: {copy:N0} ms");

        var process = PlaybookExecutable.Run(["run", "--dry-run", "--db", path, "--now", now.ToString("O", CultureInfo.InvariantCulture)],
            new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = Path.Combine(folder, "xdg-cache"), ["XDG_CONFIG_HOME"] = Path.Combine(folder, "xdg-config") });
        var second = PlaybookExecutable.Run(["run", "--dry-run", "--db", path, "--now", now.ToString("O", CultureInfo.InvariantCulture)],
            new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = Path.Combine(folder, "xdg-cache"), ["XDG_CONFIG_HOME"] = Path.Combine(folder, "xdg-config") });
        Console.WriteLine($"  'playbook run --dry-run' process: {second.Wall.TotalMilliseconds:N0} ms wall, peak memory {second.PeakMegabytes:N0} MB, exit {second.ExitCode} (first, compiling the conditions: {process.Wall.TotalMilliseconds:N0} ms)");
    }

    private static long Count(ContactStore store, string table)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static double Best(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < Rounds; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
