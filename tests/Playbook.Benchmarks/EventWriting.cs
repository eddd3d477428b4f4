using System.Globalization;
using Dapper;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// The import's writing of messages alone, in process, on one thread: the ratio's 200,000 messages (as the import
/// parsed and classified them) written again as events into a store holding the ratio's connections, inside one
/// transaction with the events' secondary indexes deferred, as a large first import writes them; then building those
/// indexes, and the commit. As the store is, and with one suspect taken away at a time (the unique source key, the
/// foreign key to the contact), the rounds taken in turn; each difference is what that suspect costs. Prints figures;
/// asserts nothing.
/// </summary>
internal static class EventWriting
{
    public static void Run(string work)
    {
        var export = SyntheticExport.Generate(30_000, 5_000, 200_000);
        var folder = Path.Combine(work, "events-export");
        export.WriteTo(folder);
        var connections = Path.Combine(work, "events-connections");
        Directory.CreateDirectory(connections);
        File.Copy(Path.Combine(folder, "Profile.csv"), Path.Combine(connections, "Profile.csv"));
        File.Copy(Path.Combine(folder, "Connections.csv"), Path.Combine(connections, "Connections.csv"));

        // The messages as the import writes them (contacts, kinds, texts and classifications), read back from a whole import.
        List<Input> inputs;
        using (var source = ContactStore.Open(Path.Combine(work, "events-source.db"), TimeProvider.System))
        {
            new LinkedInImporter(source).Import(folder);
            inputs = source.Connection.Query<(long ContactId, string Kind, long Ticks, string? Channel, string? Direction, string? Body, string? Conversation,
                string? Label, string? Reason, long Id)>("""
                SELECT contact_id, kind, at_ticks, channel, direction, body, conversation_id, classification, classification_reason, id
                FROM events WHERE kind IN ('message.sent', 'message.received') ORDER BY id
                """)
                .Select(e => new Input(e.ContactId, e.Kind, new DateTimeOffset(e.Ticks, TimeSpan.Zero), e.Channel, e.Direction, e.Body, e.Conversation,
                    "event:" + e.Id.ToString(CultureInfo.InvariantCulture),
                    e.Label is null ? null : new ReplyClassification(e.Label, (e.Reason ?? "").Split("; "))))
                .ToList();
        }

        Console.WriteLine($"Writing {inputs.Count:N0} message events in one transaction, in process, on one thread ({Environment.ProcessorCount} cores, load {Load()})");
        const string Columns = """
            id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL {0}, kind TEXT NOT NULL, at TEXT NOT NULL, at_ticks INTEGER NOT NULL,
            channel TEXT, direction TEXT, body TEXT, classification TEXT, conversation_id TEXT, source TEXT NOT NULL,
            source_hash INTEGER NOT NULL {1}, created_at TEXT NOT NULL, classification_reason TEXT, follow_up_on TEXT, referral TEXT
            """;
        const string Rebuild = """
            CREATE TABLE events_other ({0});
            INSERT INTO events_other SELECT id, contact_id, kind, at, at_ticks, channel, direction, body, classification, conversation_id, source,
                source_hash, created_at, classification_reason, follow_up_on, referral FROM events;
            DROP TABLE events;
            ALTER TABLE events_other RENAME TO events;
            CREATE INDEX events_contact_at ON events(contact_id, at_ticks);
            CREATE INDEX events_kind_at ON events(kind, at_ticks);
            """;
        (string Name, string? Sql)[] ways =
        [
            ("as it is", null),
            ("without the unique source key", string.Format(CultureInfo.InvariantCulture, Rebuild,
                string.Format(CultureInfo.InvariantCulture, Columns, "REFERENCES contacts(id) ON DELETE CASCADE", ""))),
            ("without the foreign key to the contact", string.Format(CultureInfo.InvariantCulture, Rebuild,
                string.Format(CultureInfo.InvariantCulture, Columns, "", "UNIQUE"))),
            ("with a page cache of 256 MB, not 64 MB", "PRAGMA cache_size = -262144"),
        ];
        var rounds = ways.ToDictionary(w => w.Name, _ => new List<(TimeSpan Write, TimeSpan Indexes, TimeSpan Keys, TimeSpan Commit)>());
        for (var round = 0; round < 4; round++)
        {
            for (var way = 0; way < ways.Length; way++)
            {
                var times = Write(work, connections, inputs, ways[way].Sql, $"{round}-{way}");
                if (round > 0)
                {
                    // The first round warms the code and the file cache.
                    rounds[ways[way].Name].Add(times);
                }
            }
        }

        Console.WriteLine("  processor time of the thread, best / median of 3: writing the events; building the deferred indexes; the store's");
        Console.WriteLine("  foreign keys checked at once (PRAGMA foreign_key_check); the commit");
        foreach (var (name, _) in ways)
        {
            var all = rounds[name];
            Console.WriteLine($"  {name,-40} {Figure(all.Select(t => t.Write), inputs.Count)};  {Figure(all.Select(t => t.Indexes), 0)};  {Figure(all.Select(t => t.Keys), 0)};  {Figure(all.Select(t => t.Commit), 0)}");
        }
    }

    private static (TimeSpan Write, TimeSpan Indexes, TimeSpan Keys, TimeSpan Commit) Write(string work, string connections, List<Input> inputs, string? sql, string name)
    {
        var path = Path.Combine(work, $"events-{name}.db");
        using var store = ContactStore.Open(path, TimeProvider.System);
        new LinkedInImporter(store).Import(connections);
        if (sql is not null)
        {
            store.Connection.Execute(sql);
        }

        using var transaction = store.BeginWrite();
        var deferred = DeferredIndexes.Begin(store.Connection, transaction, 50_000_000);
        var start = ThreadCpu();
        using (var events = new EventWriter(
            store.Connection, transaction, store.Clock.GetUtcNow(), store.Replies, keepKeyText: false))
        {
            foreach (var e in inputs)
            {
                events.Add(e.ContactId, e.Kind, e.At, e.Channel, e.Direction, e.Body, e.Conversation, e.Key, e.Classified);
            }
        }

        var written = ThreadCpu();
        deferred.Complete();
        var indexed = ThreadCpu();
        store.Connection.Query("PRAGMA foreign_key_check", transaction: transaction).AsList();
        var checkedKeys = ThreadCpu();
        transaction.Commit();
        var committed = ThreadCpu();
        var count = store.Connection.ExecuteScalar<long>("SELECT count(*) FROM events WHERE kind LIKE 'message.%'");
        if (count != inputs.Count)
        {
            throw new InvalidOperationException($"{count} events written, not {inputs.Count}");
        }

        return (written - start, indexed - written, checkedKeys - indexed, committed - checkedKeys);
    }

    private static string Figure(IEnumerable<TimeSpan> times, int perEvents)
    {
        var sorted = times.OrderBy(t => t).ToList();
        var text = $"{sorted[0].TotalMilliseconds,6:N0} / {sorted[sorted.Count / 2].TotalMilliseconds,6:N0} ms";
        return perEvents > 0 ? text + $" ({sorted[0].TotalMicroseconds / perEvents:N2} µs an event)" : text;
    }

    /// <summary>The calling thread's processor time (user and system), from Linux's /proc; zero where there is none.</summary>
    private static TimeSpan ThreadCpu()
    {
        const string Stat = "/proc/thread-self/stat";
        if (!File.Exists(Stat))
        {
            return TimeSpan.Zero;
        }

        var text = File.ReadAllText(Stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private sealed record Input(
        long ContactId, string Kind, DateTimeOffset At, string? Channel, string? Direction, string? Body, string? Conversation, string Key,
        ReplyClassification? Classified);
}
