using Dapper;
using Microsoft.Extensions.Time.Testing;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Ahead;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store.Ahead;

public sealed class LogCopiedBesideTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void Start_StoreFile_LeavesTheCopyToItsThreadUntilDisposed()
    {
        var connection = _test.Store.Connection;
        var before = connection.ExecuteScalar<long>("PRAGMA wal_autocheckpoint");

        var copy = LogCopiedBeside.Start(connection);
        Assert.NotNull(copy);
        var during = connection.ExecuteScalar<long>("PRAGMA wal_autocheckpoint");
        _test.Store.InTransaction(transaction => connection.Execute("""
            WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 3000)
            INSERT INTO contacts (first_name, full_name, name_key, as_of, created_at, updated_at)
            SELECT 'P', 'P ' || value, 'p ' || value, '2026-11-30', 'x', 'x' FROM n
            """, transaction: transaction));
        copy.Committed();
        copy.Dispose();
        copy.Dispose();

        Assert.Equal(0L, during);
        Assert.Equal(before, connection.ExecuteScalar<long>("PRAGMA wal_autocheckpoint"));
        Assert.Equal(3_000L, connection.ExecuteScalar<long>("SELECT count(*) FROM contacts"));
    }

    [Fact]
    public void Start_StoreInMemory_LeavesTheCommitsToCopy()
    {
        using var store = ContactStore.InMemory("tests", new FakeTimeProvider());

        Assert.Null(LogCopiedBeside.Start(store.Connection));
        Assert.Equal(1000L, store.Connection.ExecuteScalar<long>("PRAGMA wal_autocheckpoint"));
    }

    public void Dispose() => _test.Dispose();
}
