using Dapper;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Prepared;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store.Prepared;

public sealed class PreparedStatementTests
{
    [Fact]
    public void Bind_ParametersNamedOutOfOrder_BindsEachByItsName()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        connection.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)");
        connection.Execute("INSERT INTO t (id, a, b) VALUES (7, 'old', 1)");
        using var update = new PreparedStatement(connection, "UPDATE t SET a = $p1, b = $p2 WHERE id = $p0");

        var changed = update.Bind(7L, "new", 42).Execute();

        Assert.Equal(1, changed);
        Assert.Equal(("new", 42L), connection.QuerySingle<(string, long)>("SELECT a, b FROM t WHERE id = 7"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("Chloé Ní Bhriain, 東京")]
    [InlineData("a 🙂 and a lone \uD800 surrogate")]
    public void Bind_Text_IsStoredAsTheSameTextInUtf8NeverAsNull(string text)
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        connection.Execute("CREATE TABLE t (k TEXT NOT NULL)");
        using var insert = PreparedStatement.InOrder(connection, "INSERT INTO t (k) VALUES ($k)");
        using var again = new PreparedStatement(connection, "INSERT INTO t (k) VALUES ($p0)");

        insert.Bind(0, text);
        insert.Execute();
        again.Bind(text).Execute();

        var expected = new System.Text.UTF8Encoding(false, false).GetBytes(text);
        Assert.Equal([expected, expected], connection.Query<byte[]>("SELECT CAST(k AS BLOB) FROM t"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT count(*) FROM t WHERE typeof(k) = 'text' AND k = @text", new { text }));
    }

    [Fact]
    public void ExecuteScalar_ConflictThatReturnsNoRow_IsNull()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        connection.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE)");
        using var insert = new PreparedStatement(connection, "INSERT INTO t (k) VALUES ($p0) ON CONFLICT (k) DO NOTHING RETURNING id");

        var first = insert.Bind("x").ExecuteScalar();
        var again = insert.Bind("x").ExecuteScalar();

        Assert.Equal(1L, first);
        Assert.Null(again);
    }

    [Fact]
    public void Bind_WrongNumberOfValues_SaysHowManyTheStatementTakes()
    {
        using var store = new TestStore();
        using var select = new PreparedStatement(store.Store.Connection, "SELECT $p0 + $p1");

        var error = Assert.Throws<ArgumentException>(() => select.Bind(1L));

        Assert.StartsWith("the statement takes 2 values, not 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ConstraintBroken_ThrowsSqliteException()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        connection.Execute("CREATE TABLE t (k TEXT NOT NULL)");
        using var insert = new PreparedStatement(connection, "INSERT INTO t (k) VALUES ($p0)");

        var error = Assert.Throws<SqliteException>(() => insert.Bind((object?)null).Execute());

        Assert.Equal(19, error.SqliteErrorCode);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("Chloé Ní Bhriain, 東京")]
    [InlineData("a 🙂 and a NUL \0 inside")]
    public void Query_Row_ReadsEachColumnAsStoredAndNullAsEmptyText(string text)
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        connection.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, n INTEGER, r REAL)");
        connection.Execute("INSERT INTO t VALUES (1, @text, 5000000000, 2.5), (2, NULL, NULL, NULL)", new { text });
        using var select = new PreparedStatement(connection, "SELECT id, k, n, r FROM t WHERE id >= $p0 ORDER BY id");

        var rows = select.Bind(1L).Query(r => (
            Id: r.GetInt64(0), Text: r.GetString(1), Null: r.IsDBNull(1), Number: r.GetValue(2), Real: r.GetValue(3), Name: r.GetName(1)));

        Assert.Equal(
            [(1L, text, false, (object)5000000000L, (object)2.5, "k"), (2L, "", true, DBNull.Value, DBNull.Value, "k")],
            rows);
        Assert.Equal(2, select.Bind(1L).Query(r => r.FieldCount == 4).Count(read => read));
    }

    [Fact]
    public void PrepareForPass_SessionEnds_PutsTheMemoryMapPageCacheAndCheckpointsBack()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        var before = Settings(connection);

        (long Map, long Cache, long Checkpoint) during;
        using (var session = new RunSession(store.Store))
        {
            session.PrepareForPass();
            during = Settings(connection);
        }

        Assert.True(before.Map > 0);
        Assert.True(before.Checkpoint > 0);
        Assert.Equal(-65_536, before.Cache);
        Assert.Equal((0L, -32_768L, 0L), during);
        Assert.Equal(before, Settings(connection));
    }

    private static (long Map, long Cache, long Checkpoint) Settings(SqliteConnection connection) => (
        connection.ExecuteScalar<long>("PRAGMA mmap_size"),
        connection.ExecuteScalar<long>("PRAGMA cache_size"),
        connection.ExecuteScalar<long>("PRAGMA wal_autocheckpoint"));
}
