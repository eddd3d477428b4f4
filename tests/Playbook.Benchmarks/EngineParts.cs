using System.Diagnostics;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// Pieces of the runtime's per-run work timed alone, to tell where its time goes without touching the engine: its
/// session's reads (the contact with every column, the contact's events with their instants parsed, the event by id)
/// beside the loop's leaner reads, the savepoint each step is wrapped in, and two of its writes (a run update, which
/// writes every column of the run, and a journal entry). Inside a transaction that is rolled back.
/// </summary>
internal static class EngineParts
{
    public static void Print(string path, int count)
    {
        using var store = ContactStore.Open(path, new FixedTimeProvider(RuntimeBenchmark.TickAt));
        var ids = new List<(long Contact, long Event)>();
        using (var select = store.Connection.CreateCommand())
        {
            select.CommandText = "SELECT contact_id, min(id) FROM events GROUP BY contact_id ORDER BY contact_id LIMIT $p0";
            select.Parameters.AddWithValue("$p0", count);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                ids.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
        }

        using var session = new RunSession(store);
        session.BeginBatch();
        try
        {
            // Once through first, so that the statements are prepared and the pages cached for each measure alike.
            var contact = Per(ids, id => session.Contact(id.Contact), warm: true);
            contact = Per(ids, id => session.Contact(id.Contact));
            var history = Per(ids, id => session.History(id.Contact, DateTimeOffset.MaxValue), warm: true);
            history = Per(ids, id => session.History(id.Contact, DateTimeOffset.MaxValue));
            var e = Per(ids, id => session.Event(id.Event), warm: true);
            e = Per(ids, id => session.Event(id.Event));
            var savepoint = Per(ids, _ => session.Atomically(() => 0), warm: true);
            savepoint = Per(ids, _ => session.Atomically(() => 0));

            // Writes, on the waiting runs: what a woken run's first write and its journal entry cost through the session.
            var runs = store.Runs.List(state: RunStates.Waiting).Take(ids.Count).ToList();
            var now = RuntimeBenchmark.TickAt;
            var update = PerRun(runs, run => session.UpdateRun(run with { State = RunStates.Running, Step = "nudge", WakeAt = null, WaitFrom = null, HeldBy = null }, now));
            var journal = PerRun(runs, run => session.Journal(run.Id, now, "wait", JournalActions.Woke, "the 7d wait is over"));
            Console.WriteLine($"  Engine parts alone, per call, over {ids.Count:N0} contacts: the session reads the contact in {contact:0.0} µs, its events in {history:0.0} µs, "
                + $"the event by id in {e:0.0} µs; one savepoint (SAVEPOINT + RELEASE) {savepoint:0.0} µs; a run update {update:0.0} µs, a journal entry {journal:0.0} µs");
        }
        finally
        {
            session.RollbackBatch();
        }
    }

    private static double PerRun(List<Run> runs, Action<Run> work)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var run in runs)
        {
            work(run);
        }

        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / Math.Max(1, runs.Count);
    }

    private static double Per(List<(long Contact, long Event)> ids, Func<(long Contact, long Event), object?> work, bool warm = false)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var id in warm ? ids.Take(1_000) : ids)
        {
            work(id);
        }

        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / (warm ? Math.Min(1_000, ids.Count) : ids.Count);
    }
}
