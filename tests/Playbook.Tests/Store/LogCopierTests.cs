using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

/// <summary>
/// During a pass the write-ahead log is copied back into the store's file beside the pass, after each batch, rather
/// than all of it when the connection closes; a store in memory has nothing to copy and gets no file.
/// </summary>
public sealed class LogCopierTests
{
    [Fact]
    public void CommitBatch_DuringAPass_TheCommittedRowsReachTheFileItselfBeforeTheSessionEnds()
    {
        using var store = new TestStore();
        using var session = new RunSession(store.Store);
        session.PrepareForPass();

        session.BeginBatch();
        for (var i = 0; i < 200; i++)
        {
            store.Store.Connection.Execute(
                "INSERT INTO contacts (full_name, name_key, as_of, created_at, updated_at) VALUES ($name, $name, '2026-11-30', '2026-11-30T08:00:00Z', '2026-11-30T08:00:00Z')",
                new { name = $"Person {i}" }, session.Transaction);
        }

        session.CommitBatch();

        // The file alone (without its log) holds the rows once they were copied back: read a copy of it.
        var watch = Stopwatch.StartNew();
        long copied;
        do
        {
            copied = ContactsInFileAlone(store);
        }
        while (copied < 200 && watch.Elapsed < TimeSpan.FromSeconds(20) && Wait());

        Assert.Equal(200, copied);
    }

    [Fact]
    public void CommitBatch_ManyBatchesDuringAPass_TheLogStartsAgainFromItsBeginningInsteadOfGrowing()
    {
        using var store = new TestStore();
        using var session = new RunSession(store.Store) { LogRestartFrames = 100 };
        session.PrepareForPass();
        var notes = new string('n', 2_000);

        // 40 batches of about 150 pages each: a log that grew by every batch would pass 20 MB.
        for (var batch = 0; batch < 40; batch++)
        {
            session.BeginBatch();
            for (var i = 0; i < 250; i++)
            {
                store.Store.Connection.Execute(
                    "INSERT INTO contacts (full_name, name_key, notes, as_of, created_at, updated_at) VALUES ($name, $name, $notes, '2026-11-30', '2026-11-30T08:00:00Z', '2026-11-30T08:00:00Z')",
                    new { name = $"Person {batch} {i}", notes }, session.Transaction);
            }

            session.CommitBatch();
        }

        Assert.InRange(new FileInfo(store.Path + "-wal").Length, 1, 6_000_000);
        Assert.Equal(10_000, store.Scalar("SELECT count(*) FROM contacts WHERE full_name LIKE 'Person %'"));
    }

    [Fact]
    public void PrepareForPass_AStoreInMemory_MakesNoFile()
    {
        using var folder = new TempFolder();
        var name = Path.Combine(folder.Path, "tests of greet");
        using (var store = ContactStore.InMemory(name, new FakeTimeProvider(TestStore.Start)))
        using (var session = new RunSession(store))
        {
            session.PrepareForPass();
            session.BeginBatch();
            session.CommitBatch();
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    private static long ContactsInFileAlone(TestStore store)
    {
        var copy = store.Folder.File($"copy-{Guid.NewGuid():N}.db");
        File.Copy(store.Path, copy);
        using var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        connection.Open();
        try
        {
            return connection.ExecuteScalar<long>("SELECT count(*) FROM contacts WHERE full_name LIKE 'Person %'");
        }
        catch (SqliteException)
        {
            // A copy taken while a page was being written may not read: take another.
            return 0;
        }
    }

    private static bool Wait()
    {
        Thread.Sleep(50);
        return true;
    }
}
