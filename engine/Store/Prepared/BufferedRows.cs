using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store.Prepared;

/// <summary>
/// Rows a pass adds to a table and never reads back during its batch (the runs' journal, the contacts whose
/// full-text row is behind), kept in memory and written <see cref="RowsPerStatement"/> to a statement, in the same
/// transaction, before anything could read them: one multi-row <c>INSERT</c> instead of one statement a row, whose
/// binding, stepping and resetting cost more than SQLite's work on the row itself.
/// <para>
/// Whoever keeps them says when to write them (<see cref="Flush"/>) and forgets the rows of a savepoint rolled back
/// (<see cref="Truncate"/>): rows written inside a savepoint that is then rolled back would be lost with it, with
/// the rows of earlier savepoints written beside them; rows are written only outside savepoints.
/// </para>
/// </summary>
internal sealed class BufferedRows : IDisposable
{
    /// <summary>How many rows one statement writes.</summary>
    public const int RowsPerStatement = 64;

    private readonly SqliteConnection _connection;
    private readonly string _insert;
    private readonly string _after;
    private readonly int _columns;
    private readonly List<object?> _values = [];
    private readonly object?[] _chunk;
    private PreparedStatement? _many;
    private PreparedStatement? _one;

    /// <summary>
    /// Rows for <paramref name="insert"/>, the statement's start up to <c>VALUES</c> (<c>INSERT INTO journal (run_id,
    /// at, step, action, message)</c>), with <paramref name="columns"/> values each, and <paramref name="after"/> after
    /// the values (an upsert's <c>ON CONFLICT</c> clause).
    /// </summary>
    public BufferedRows(SqliteConnection connection, string insert, int columns, string after = "")
    {
        _connection = connection;
        _insert = insert;
        _after = after;
        _columns = columns;
        _chunk = new object?[columns * RowsPerStatement];
    }

    /// <summary>How many rows are waiting to be written.</summary>
    public int Count => _values.Count / _columns;

    /// <summary>Adds a row: texts, integers, or null for NULL, one per column.</summary>
    public void Add(params ReadOnlySpan<object?> row)
    {
        if (row.Length != _columns)
        {
            throw new ArgumentException($"a row has {_columns} values, not {row.Length}", nameof(row));
        }

        foreach (var value in row)
        {
            _values.Add(value);
        }
    }

    /// <summary>Forgets the rows added after the first <paramref name="count"/>.</summary>
    public void Truncate(int count) => _values.RemoveRange(count * _columns, _values.Count - (count * _columns));

    /// <summary>Forgets every row waiting.</summary>
    public void Clear() => _values.Clear();

    /// <summary>
    /// Writes the waiting rows in the connection's transaction: every full statement's worth, and with
    /// <paramref name="all"/> the rest too, one statement each.
    /// </summary>
    public void Flush(bool all)
    {
        var rows = Count;
        var written = 0;
        if (rows >= RowsPerStatement)
        {
            _many ??= new PreparedStatement(_connection, Sql(RowsPerStatement));
            for (; written + RowsPerStatement <= rows; written += RowsPerStatement)
            {
                _values.CopyTo(written * _columns, _chunk, 0, _chunk.Length);
                _many.Bind(_chunk).Execute();
            }
        }

        if (all && written < rows)
        {
            _one ??= new PreparedStatement(_connection, Sql(1));
            var row = new object?[_columns];
            for (; written < rows; written++)
            {
                _values.CopyTo(written * _columns, row, 0, _columns);
                _one.Bind(row).Execute();
            }
        }

        _values.RemoveRange(0, written * _columns);
        Array.Clear(_chunk);
    }

    public void Dispose()
    {
        _many?.Dispose();
        _one?.Dispose();
    }

    private string Sql(int rows)
    {
        var sql = new StringBuilder(_insert).Append(" VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns; column++)
            {
                sql.Append(column == 0 ? "$p" : ", $p").Append(((row * _columns) + column).ToString(CultureInfo.InvariantCulture));
            }

            sql.Append(')');
        }

        return sql.Append(' ').Append(_after).ToString();
    }
}
