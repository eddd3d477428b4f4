using Dapper;
using Playbook.Engine.Store.Prepared;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store.Prepared;

public sealed class JournalRowsTests
{
    private const string At = "2026-03-02T09:00:00.0000000Z";

    [Fact]
    public void Flush_EntriesOfTwoRuns_WritesARowEachAndReadsBackEveryEntryWithTheIdsOfOneRowEach()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        var (first, second) = (Run(store, 1), Run(store, 2));
        using var journal = new JournalRows(connection);
        journal.Add(first, At, null, "started", "started by invitation.received");
        journal.Add(first, At, "analyse", "analysed", "score 3 \"quoted\" → en");
        journal.Add(first, "2026-03-02T09:00:01.0000000Z", "welcome", "drafted", "draft 1");
        journal.Add(second, At, null, "started", "started by the schedule");

        journal.Flush(all: true);

        Assert.Equal(0, journal.Count);
        Assert.Equal([3L, 4L], connection.Query<long>("SELECT id FROM journal_rows ORDER BY id"));
        Assert.Equal(
            [
                (1L, first, At, null, "started", "started by invitation.received"),
                (2L, first, At, "analyse", "analysed", "score 3 \"quoted\" → en"),
                (3L, first, "2026-03-02T09:00:01.0000000Z", "welcome", "drafted", "draft 1"),
                (4L, second, At, null, "started", "started by the schedule"),
            ],
            connection.Query<(long, long, string, string?, string, string)>("SELECT id, run_id, at, step, action, message FROM journal ORDER BY id"));
    }

    [Fact]
    public void Flush_AfterEntriesOfAnEarlierTransaction_GoesOnFromTheirLastId()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        var run = Run(store, 1);
        using var journal = new JournalRows(connection);
        journal.Add(run, At, null, "started", "one");
        journal.Add(run, At, null, "waiting", "two");
        journal.Flush(all: true);
        journal.NewTransaction();
        connection.Execute("INSERT INTO journal_rows (run_id, at, step, action, message) VALUES (@run, @At, NULL, 'noted', 'three')", new { run, At });
        journal.NewTransaction();

        journal.Add(run, At, null, "woke", "four");
        journal.Flush(all: true);

        Assert.Equal([1L, 2L, 3L, 4L], connection.Query<long>("SELECT id FROM journal ORDER BY id"));
        Assert.Equal(["one", "two", "three", "four"], connection.Query<string>("SELECT message FROM journal ORDER BY id"));
    }

    [Fact]
    public void Flush_NotAll_KeepsTheLastRunsEntriesAndWholeStatementsOnly()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        using var journal = new JournalRows(connection);
        var runs = Enumerable.Range(1, BufferedRows.RowsPerStatement + 1).Select(i => Run(store, i)).ToList();
        foreach (var run in runs)
        {
            journal.Add(run, At, null, "started", $"run {run}");
            journal.Add(run, At, "analyse", "analysed", $"run {run} analysed");
        }

        journal.Flush(all: false);

        Assert.Equal(BufferedRows.RowsPerStatement, connection.ExecuteScalar<long>("SELECT count(*) FROM journal_rows"));
        Assert.Equal(2, journal.Count);

        journal.Add(runs[^1], At, "tag", "tagged", "tagged low-fit");
        journal.Flush(all: true);

        Assert.Equal(BufferedRows.RowsPerStatement + 1, connection.ExecuteScalar<long>("SELECT count(*) FROM journal_rows"));
        Assert.Equal(
            ["started", "analysed", "tagged"],
            connection.Query<string>("SELECT action FROM journal WHERE run_id = @run ORDER BY id", new { run = runs[^1] }));
        Assert.Equal(Enumerable.Range(1, (2 * runs.Count) + 1).Select(i => (long)i), connection.Query<long>("SELECT id FROM journal ORDER BY id"));
    }

    [Fact]
    public void Truncate_ForgetsTheEntriesAddedAfterTheMark()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        var run = Run(store, 1);
        using var journal = new JournalRows(connection);
        journal.Add(run, At, null, "started", "kept");
        var mark = journal.Count;
        journal.Add(run, At, "tag", "tagged", "gone");
        journal.Add(Run(store, 2), At, null, "started", "gone too");

        journal.Truncate(mark);
        journal.Flush(all: true);

        Assert.Equal(["kept"], connection.Query<string>("SELECT message FROM journal ORDER BY id"));
        Assert.Null(connection.ExecuteScalar<string?>("SELECT more FROM journal_rows"));
    }

    [Fact]
    public void DeleteFromJournal_DeletesTheRowsThatHoldTheEntries()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        using var journal = new JournalRows(connection);
        var run = Run(store, 1);
        journal.Add(run, At, null, "started", "one");
        journal.Add(run, At, null, "waiting", "two");
        journal.Flush(all: true);

        connection.Execute("DELETE FROM journal");

        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM journal_rows"));
    }

    private static long Run(TestStore store, int n)
    {
        var contact = store.AddContact("Ana", $"Ruiz {n}");
        return store.Store.Connection.ExecuteScalar<long>(
            """
            INSERT INTO runs (playbook, version, contact_id, state, started_at, started_ticks, updated_at)
            VALUES ('welcome', 'v1', @contact, 'running', @At, 0, @At) RETURNING id
            """, new { contact, At });
    }
}
