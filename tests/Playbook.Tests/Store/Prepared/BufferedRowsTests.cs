using Dapper;
using Playbook.Engine.Store.Prepared;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store.Prepared;

public sealed class BufferedRowsTests
{
    [Fact]
    public void Flush_NotAll_WritesOnlyWholeStatementsAndKeepsTheRest()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        connection.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT)");
        using var rows = new BufferedRows(connection, "INSERT INTO t (n, s)", 2);
        var count = (2 * BufferedRows.RowsPerStatement) + 5;
        for (var i = 0; i < count; i++)
        {
            rows.Add(i, i % 3 == 0 ? null : $"row {i}");
        }

        rows.Flush(all: false);

        Assert.Equal(2 * BufferedRows.RowsPerStatement, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
        Assert.Equal(5, rows.Count);

        rows.Flush(all: true);

        Assert.Equal(0, rows.Count);
        var written = connection.Query<(long N, string? S)>("SELECT n, s FROM t ORDER BY id").ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => ((long)i, i % 3 == 0 ? null : $"row {i}")), written);
    }

    [Fact]
    public void Truncate_ForgetsTheRowsAddedAfterTheMark()
    {
        using var store = new TestStore();
        var connection = store.Store.Connection;
        connection.Execute("CREATE TABLE t (n INTEGER)");
        using var rows = new BufferedRows(connection, "INSERT INTO t (n)", 1);
        rows.Add(1L);
        rows.Add(2L);
        var mark = rows.Count;
        rows.Add(3L);
        rows.Add(4L);

        rows.Truncate(mark);
        rows.Flush(all: true);

        Assert.Equal([1L, 2L], connection.Query<long>("SELECT n FROM t ORDER BY rowid"));
    }

    [Fact]
    public void Add_WrongNumberOfValues_Throws()
    {
        using var store = new TestStore();
        using var rows = new BufferedRows(store.Store.Connection, "INSERT INTO t (a, b)", 2);

        Assert.Throws<ArgumentException>(() => rows.Add(1L));
    }
}
