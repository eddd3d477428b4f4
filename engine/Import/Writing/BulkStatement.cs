using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// One statement an import runs for every row, prepared once on the import's connection and bound by position. A
/// <see cref="SqliteCommand"/> looks each parameter up by name and builds a data reader on every execution: across
/// hundreds of thousands of rows that costs more than SQLite's own work on a narrow row. It runs inside whatever
/// transaction the connection has open, as any command does. Errors are SQLite's, thrown as <see cref="SqliteException"/>.
/// </summary>
internal sealed class BulkStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    public BulkStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>Binds parameter <paramref name="index"/> (0-based, in the order the SQL first names them) to an integer.</summary>
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index + 1, value));

    /// <summary>Binds parameter <paramref name="index"/> to a text, or NULL.</summary>
    public void Bind(int index, string? value) => Check(value is null
        ? raw.sqlite3_bind_null(_statement, index + 1)
        : raw.sqlite3_bind_text(_statement, index + 1, value));

    /// <summary>Binds the parameters in order to <paramref name="values"/>: texts, integers, or null for NULL.</summary>
    public void Bind(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null:
                    Bind(i, (string?)null);
                    break;
                case string text:
                    Bind(i, text);
                    break;
                case long number:
                    Bind(i, number);
                    break;
                case int number:
                    Bind(i, number);
                    break;
                default:
                    throw new ArgumentException($"parameter {i} is a {values[i]!.GetType().Name}, neither a text nor an integer", nameof(values));
            }
        }
    }

    /// <summary>Runs the statement; the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            }

            return raw.sqlite3_changes(_connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement and reads the integer in the first column of its first row (a <c>RETURNING id</c>).</summary>
    public long ExecuteScalar()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc == raw.SQLITE_DONE ? raw.SQLITE_MISUSE : rc, _connection.Handle);
            }

            return raw.sqlite3_column_int64(_statement, 0);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
}
