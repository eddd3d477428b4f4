using Dapper;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

public sealed class ForeignKeysAtEndTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void InTransactionCheckingKeysAtEnd_RowNamingNoContact_RollsEverythingBackAndChecksKeysAgain()
    {
        var events = _test.Store.Connection.ExecuteScalar<long>("SELECT count(*) FROM events");

        var thrown = Assert.Throws<StoreException>(() => _test.Store.InTransactionCheckingKeysAtEnd(transaction =>
        {
            _test.Store.Connection.Execute("""
                INSERT INTO events (id, contact_id, kind, at, at_ticks, source, source_hash, created_at)
                VALUES (900, 4242, 'note', '2026-11-30T08:00:00.0000000Z', 0, '', 77, '2026-11-30T08:00:00.0000000Z')
                """, transaction: transaction);
            return 0;
        }));

        Assert.Equal($"{_test.Path}: a row of events (rowid 900) names a row of contacts that does not exist; nothing of it was stored", thrown.Message);
        Assert.Equal(events, _test.Store.Connection.ExecuteScalar<long>("SELECT count(*) FROM events"));
        Assert.Equal(1L, _test.Store.Connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
    }

    [Fact]
    public void InTransactionCheckingKeysAtEnd_RowsNamingTheirContacts_CommitsAndChecksKeysAgain()
    {
        var id = _test.Store.InTransactionCheckingKeysAtEnd(transaction =>
        {
            var contact = _test.Store.Connection.ExecuteScalar<long>("""
                INSERT INTO contacts (first_name, full_name, name_key, as_of, created_at, updated_at)
                VALUES ('Ana', 'Ana', 'ana', '2026-11-30', '2026-11-30T08:00:00.0000000Z', '2026-11-30T08:00:00.0000000Z') RETURNING id
                """, transaction: transaction);
            _test.Store.Connection.Execute("""
                INSERT INTO events (contact_id, kind, at, at_ticks, source, source_hash, created_at)
                VALUES (@contact, 'note', '2026-11-30T08:00:00.0000000Z', 0, '', 78, '2026-11-30T08:00:00.0000000Z')
                """, new { contact }, transaction);
            return contact;
        });

        Assert.Equal(1L, _test.Store.Connection.ExecuteScalar<long>("SELECT count(*) FROM events WHERE contact_id = @id", new { id }));
        Assert.Equal(1L, _test.Store.Connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => _test.Store.Connection.Execute("""
            INSERT INTO events (contact_id, kind, at, at_ticks, source, source_hash, created_at)
            VALUES (4242, 'note', '2026-11-30T08:00:00.0000000Z', 0, '', 79, '2026-11-30T08:00:00.0000000Z')
            """));
    }

    [Fact]
    public void InTransactionCheckingKeysAtEnd_EventsIndexByContactDroppedMeanwhile_StillFindsTheRow()
    {
        var thrown = Assert.Throws<StoreException>(() => _test.Store.InTransactionCheckingKeysAtEnd(transaction =>
        {
            _test.Store.Connection.Execute("DROP INDEX events_contact_at", transaction: transaction);
            _test.Store.Connection.Execute("""
                INSERT INTO events (id, contact_id, kind, at, at_ticks, source, source_hash, created_at)
                VALUES (901, 4243, 'note', '2026-11-30T08:00:00.0000000Z', 0, '', 80, '2026-11-30T08:00:00.0000000Z')
                """, transaction: transaction);
            return 0;
        }));

        Assert.Equal($"{_test.Path}: a row of events (rowid 901) names a row of contacts that does not exist; nothing of it was stored", thrown.Message);
        Assert.Equal(1L, _test.Store.Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'events_contact_at'"));
    }

    [Fact]
    public void InTransactionCheckingKeysAtEnd_RowOfAnotherTableNamingNoContact_RollsEverythingBack()
    {
        var thrown = Assert.Throws<StoreException>(() => _test.Store.InTransactionCheckingKeysAtEnd(transaction =>
        {
            _test.Store.Connection.Execute(
                "INSERT INTO contact_emails (contact_id, email, email_key, position) VALUES (4244, 'nobody@example.com', 'nobody@example.com', 0)", transaction: transaction);
            return 0;
        }));

        Assert.Contains("a row of contact_emails (rowid ", thrown.Message, StringComparison.Ordinal);
        Assert.EndsWith(") names a row of contacts that does not exist; nothing of it was stored", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _test.Store.Connection.ExecuteScalar<long>("SELECT count(*) FROM contact_emails"));
    }

    public void Dispose() => _test.Dispose();
}
