using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Opening;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store.Opening;

/// <summary>A store another process is writing: the store waits, then says in one line that it is busy, and who has it open.</summary>
public sealed class BusyStoreTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void AddTags_WhileAnotherConnectionHoldsTheWriteLock_WaitsThenSaysTheStoreIsBusy()
    {
        var ana = _test.AddContact("Ana", "García");
        using var second = ContactStore.Open(_test.Path, _test.Clock, TimeSpan.FromMilliseconds(100));
        using var transaction = _test.Store.Connection.BeginTransaction(deferred: false);
        var waited = Stopwatch.StartNew();

        var error = Assert.Throws<StoreException>(() => second.Contacts.AddTags(ana, ["friend"]));

        Assert.True(waited.Elapsed >= TimeSpan.FromMilliseconds(100), $"gave up after {waited.Elapsed}");
        Assert.Equal($"{_test.Path}: the store stayed busy with another process's write; try again when that is done", error.Message);
        Assert.Equal(StoreFault.Busy, error.Fault);
        transaction.Rollback();
        Assert.Empty(second.Contacts.Find(ana)!.Tags);
    }

    [LinuxFact]
    public async Task Of_StoreOpenInAnotherProcess_NamesThatProcess()
    {
        using var holder = Process.Start(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "exec 3<\"$0\"; exec sleep 60", _test.Path } })!;
        try
        {
            IReadOnlyList<(int Id, string Name)> holders = [];
            for (var tries = 0; tries < 100 && !holders.Any(h => h.Name == "sleep"); tries++)
            {
                await Task.Delay(50);
                holders = StoreHolders.Of(_test.Path);
            }

            Assert.Equal([(holder.Id, "sleep")], holders);
        }
        finally
        {
            holder.Kill();
            await holder.WaitForExitAsync();
        }
    }

    [LinuxFact]
    public void Of_StoreOpenInThisProcessOnly_FindsNobodyElse()
    {
        var holders = StoreHolders.Of(_test.Path);

        Assert.Empty(holders);
    }

    [Fact]
    public void Describe_OneTwoOrMoreProcesses_NamesThemInOneLine()
    {
        (int, string)[] four = [(10, "sqlite3"), (11, "playbook"), (12, "python3"), (13, "sleep")];

        var texts = new[] { four[..1], four[..2], four }.Select(h => StoreHolders.Describe(h)).ToList();

        Assert.Equal(
            [
                "sqlite3 (process 10) has it open",
                "sqlite3 (process 10) and playbook (process 11) have it open",
                "sqlite3 (process 10), playbook (process 11), python3 (process 12) and 1 more have it open",
            ],
            texts);
        Assert.Null(StoreHolders.Describe([]));
    }

    [Theory]
    [InlineData(5, "SQLite Error 5: 'database is locked'.", "the store stayed busy with another process's write; try again when that is done")]
    [InlineData(8, "SQLite Error 8: 'attempt to write a readonly database'.", "the store is read-only (SQLite could not write to it) and this would change it, so nothing was done; give it write access to do this")]
    [InlineData(13, "SQLite Error 13: 'database or disk is full'.", "could not be written: the disk is full; free some space and try again")]
    [InlineData(11, "SQLite Error 11: 'database disk image is malformed'.", "is damaged (database disk image is malformed); restore it from a copy")]
    [InlineData(10, "SQLite Error 10: 'disk I/O error'.", "could not be read or written (disk I/O error); check the disk and the file's permissions")]
    [InlineData(1, "SQLite Error 1: 'no such table: tasks'.", "the store failed (no such table: tasks); run again with --debug for the details")]
    public void FromSqlite_EachKindOfFailure_SaysItInOneLineNamingTheStore(int code, string sqlite, string expected)
    {
        var error = StoreException.FromSqlite("/data/playbook.db", new SqliteException(sqlite, code));

        Assert.Equal("/data/playbook.db: " + expected, error?.Message);
    }

    [Fact]
    public void FromSqlite_NotSqlitesFailure_IsNull()
    {
        var error = StoreException.FromSqlite("/data/playbook.db", new InvalidOperationException("no"));

        Assert.Null(error);
    }

    public void Dispose() => _test.Dispose();
}
