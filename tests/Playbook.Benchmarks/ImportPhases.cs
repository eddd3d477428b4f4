using System.Diagnostics;
using Dapper;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// Where the time of a first LinkedIn import goes, in process and without touching the engine: the CSV parsing and
/// the reply classification alone, then the import file by file into an empty store as it is, and again with one
/// suspect taken away at a time (the full-text index, the events' secondary indexes, the contacts' secondary indexes
/// that the import does not read); each difference is what that suspect costs. Prints figures; asserts nothing.
/// </summary>
internal static class ImportPhases
{
    private static readonly string[] Files = ["Connections.csv", "Invitations.csv", "messages.csv"];

    public static void Run(string work)
    {
        var export = SyntheticExport.Generate(30_000, 5_000, 200_000);
        var folder = Path.Combine(work, "phases-export");
        export.WriteTo(folder);
        Console.WriteLine($"Import phases: {export.Rows:N0} rows, file by file into an empty store, in process (best of 2)");

        // JIT and the file cache, not measured.
        Import(work, folder, "warm", null);

        var parse = Best(() =>
        {
            foreach (var file in Files)
            {
                using var stream = File.OpenRead(Path.Combine(folder, file));
                foreach (var _ in CsvFile.Read(stream))
                {
                }
            }
        });
        Console.WriteLine($"  CSV parsing alone (every record into strings): {Ms(parse)}");

        var received = export.Messages.Where(m => !m.FromOwner).Select(m => m.Content).ToList();
        var classifying = Best(() =>
        {
            foreach (var text in received)
            {
                ReplyClassifier.BuiltIn.Classify(text);
            }
        });
        Console.WriteLine($"  reply classification alone: {received.Count:N0} received messages in {Ms(classifying)} (on the read-ahead thread, beside the writes)");
        var everyPattern = new ReplyClassifier(ReplyRules.BuiltIn, gated: false);
        var ungated = Best(() =>
        {
            foreach (var text in received)
            {
                everyPattern.Classify(text);
            }
        });
        Console.WriteLine($"  the same, every rule's pattern run without first looking for its words: {Ms(ungated)}");

        (string Name, string? Sql)[] variants =
        [
            ("as it is", null),
            ("without the full-text index", """
                DROP TABLE contact_search;
                CREATE TABLE contact_search (name, company, position, headline, location, emails, tags, notes);
                """),
            ("without the events' secondary indexes", "DROP INDEX events_contact_at; DROP INDEX events_kind_at;"),
            ("without the contacts' unread secondary indexes", "DROP INDEX contacts_stage; DROP INDEX contacts_full_name;"),
        ];
        var whole = new Dictionary<string, TimeSpan[]>();
        foreach (var (name, sql) in variants)
        {
            var rounds = Enumerable.Range(1, 2).Select(round => Import(work, folder, $"{name}-{round}", sql)).ToList();
            var best = Enumerable.Range(0, Files.Length + 1).Select(i => rounds.Min(r => r[i])).ToArray();
            whole[name] = best;
            Console.WriteLine($"  {name,-48} {string.Join("  ", Files.Select((f, i) => $"{f} {Ms(best[i])}"))}  total {Ms(best[^1])}"
                + (sql is null ? "" : $"  (saves {Ms(whole["as it is"][^1] - best[^1])})"));
        }
    }

    /// <summary>Imports each file in turn into a new store changed by <paramref name="sql"/>; the time of each and the total.</summary>
    private static TimeSpan[] Import(string work, string folder, string name, string? sql)
    {
        var path = Path.Combine(work, $"phases-{name.Replace(' ', '-').Replace('\'', '-')}.db");
        using var store = ContactStore.Open(path, TimeProvider.System);
        if (sql is not null)
        {
            store.Connection.Execute(sql);
        }

        var times = new List<TimeSpan>();
        foreach (var file in Files)
        {
            var single = Path.Combine(folder, "..", "phases-single-" + file);
            if (!Directory.Exists(single))
            {
                Directory.CreateDirectory(single);
                File.Copy(Path.Combine(folder, "Profile.csv"), Path.Combine(single, "Profile.csv"));
                File.Copy(Path.Combine(folder, file), Path.Combine(single, file));
            }

            var stopwatch = Stopwatch.StartNew();
            new LinkedInImporter(store).Import(single);
            times.Add(stopwatch.Elapsed);
        }

        times.Add(times.Aggregate(TimeSpan.Zero, (a, b) => a + b));
        return [.. times];
    }

    private static TimeSpan Best(Action action) => Enumerable.Range(0, 2).Select(_ =>
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed;
    }).Min();

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds,6:N0} ms";
}
