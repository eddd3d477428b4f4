using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Ahead;
using Playbook.Engine.Store.Prepared;

namespace Playbook.Benchmarks;

/// <summary>
/// The floor under a pass's time: the rows a <c>run</c> added to a store (its runs, drafts, journal rows and tags)
/// written again, by SQLite alone, into a copy of the store as it was before the run. Each run's rows go in the pass's
/// order (the run, its drafts, its journal rows, its contact's new tags and their time in <c>contact_tagged</c>), through one
/// statement per table prepared once and bound by position (the engine's own <see cref="PreparedStatement"/>, as the
/// pass's), 5,000 runs to a transaction, with the log copied back beside the writes as the pass has it. Each row is
/// written once, in its final state, where the pass also updates a run's row as the run moves on. What a pass takes
/// beyond this is the engine's own work: dispatching, analysing, rendering, binding.
/// </summary>
internal static class RunWrites
{
    private const int Batch = 5_000;

    /// <summary>
    /// Writes again into a copy (<paramref name="scratch"/>) of <paramref name="before"/> the rows that
    /// <paramref name="after"/> (the same store after a run) holds beyond it; returns the time the writes took and how
    /// many runs they were.
    /// </summary>
    public static (TimeSpan Time, int Runs) Replay(string before, string after, string scratch)
    {
        var (runs, drafts, journal, tags) = Added(before, after);
        InvitationStore.Copy(before, scratch);
        using var store = ContactStore.Open(scratch, TimeProvider.System);
        var connection = store.Connection;
        Execute(connection, "PRAGMA mmap_size = 0");
        Execute(connection, "PRAGMA cache_size = -32768");
        using var copier = LogCopiedBeside.Start(connection);

        var clock = Stopwatch.StartNew();
        using var insertRun = Insert(connection, "runs", runs.Columns);
        using var insertDraft = Insert(connection, "drafts", drafts.Columns);
        using var insertJournal = Insert(connection, "journal_rows", journal.Columns);
        using var insertTag = new PreparedStatement(connection, "INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES ($p0, $p1)");
        using var insertTagged = new PreparedStatement(connection, $"{DerivedData.TaggedInsert} VALUES ($p0, $p1) {DerivedData.TaggedUpsert}");
        var transaction = connection.BeginTransaction(deferred: false);
        var runId = runs.Columns.IndexOf("id");
        var contactId = runs.Columns.IndexOf("contact_id");
        var updatedAt = runs.Columns.IndexOf("updated_at");
        var inBatch = 0;
        foreach (var run in runs.All)
        {
            insertRun.Bind(run).Execute();
            foreach (var draft in drafts.ByRun.GetValueOrDefault((long)run[runId]!, []))
            {
                insertDraft.Bind(draft).Execute();
            }

            foreach (var entry in journal.ByRun.GetValueOrDefault((long)run[runId]!, []))
            {
                insertJournal.Bind(entry).Execute();
            }

            var contact = (long)run[contactId]!;
            if (tags.Remove(contact, out var added))
            {
                foreach (var tag in added)
                {
                    insertTag.Bind(contact, tag).Execute();
                }

                insertTagged.Bind(contact, run[updatedAt]).Execute();
            }

            if (++inBatch == Batch)
            {
                transaction.Commit();
                transaction.Dispose();
                copier?.Committed();
                copier?.RestartLogEvery(RunSession.DefaultLogRestartFrames);
                transaction = connection.BeginTransaction(deferred: false);
                inBatch = 0;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        copier?.Committed();
        clock.Stop();
        return (clock.Elapsed, runs.All.Count);
    }

    /// <summary>The rows of the run's tables in <paramref name="after"/> beyond those of <paramref name="before"/>, by run (and tags by contact).</summary>
    private static (Rows Runs, Rows Drafts, Rows Journal, Dictionary<long, List<string>> Tags) Added(string before, string after)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = after, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, $"ATTACH DATABASE '{before.Replace("'", "''", StringComparison.Ordinal)}' AS before");
        var tags = new Dictionary<long, List<string>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT contact_id, tag FROM main.contact_tags EXCEPT SELECT contact_id, tag FROM before.contact_tags ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var contact = reader.GetInt64(0);
                if (!tags.TryGetValue(contact, out var list))
                {
                    tags[contact] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        return (Read(connection, "runs", null), Read(connection, "drafts", "run_id"), Read(connection, "journal_rows", "run_id"), tags);
    }

    private static Rows Read(SqliteConnection connection, string table, string? byRun)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM main.{table} WHERE id > (SELECT coalesce(max(id), 0) FROM before.{table}) ORDER BY id";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        var byRunIndex = byRun is null ? -1 : columns.IndexOf(byRun);
        var grouped = new Dictionary<long, List<object?[]>>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = row[i] is DBNull ? null : row[i];
            }

            rows.Add(row);
            if (byRunIndex >= 0 && row[byRunIndex] is long run)
            {
                if (!grouped.TryGetValue(run, out var list))
                {
                    grouped[run] = list = [];
                }

                list.Add(row);
            }
        }

        return new Rows(columns, rows, grouped);
    }

    private static PreparedStatement Insert(SqliteConnection connection, string table, List<string> columns) =>
        new(connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})");

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record Rows(List<string> Columns, List<object?[]> All, Dictionary<long, List<object?[]>> ByRun);
}
