using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Playbook.Engine.Store.Prepared;

/// <summary>
/// A statement run for every row of an import or every run or step of a pass, prepared once on the store's connection
/// and bound by position. A <see cref="SqliteCommand"/> looks each parameter up by name, boxes each value and builds a
/// data reader on every execution: across hundreds of thousands of rows or runs that costs as much as SQLite's own
/// work. It runs inside whatever transaction the connection has open, as any command does; errors are SQLite's,
/// thrown as <see cref="SqliteException"/>.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    // The statement's and the connection's pointers, for the calls made for every row (StatementCalls).
    private readonly nint _pointer;
    private readonly nint _db;
    private readonly int[] _slots;
    private byte[] _utf8 = new byte[512];

    /// <summary>Prepares <paramref name="sql"/>, whose parameters are named <c>$p0</c>, <c>$p1</c>... in any order.</summary>
    public PreparedStatement(SqliteConnection connection, string sql)
        : this(connection, sql, inOrder: false)
    {
    }

    private PreparedStatement(SqliteConnection connection, string sql, bool inOrder)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        _pointer = _statement.DangerousGetHandle();
        _db = connection.Handle!.DangerousGetHandle();

        // SQLite numbers parameters in the order the SQL first names them; $p0 may come after $p1 ("... WHERE id = $p0").
        _slots = new int[raw.sqlite3_bind_parameter_count(_statement)];
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = inOrder ? i + 1 : raw.sqlite3_bind_parameter_index(_statement, "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (_slots[i] == 0)
            {
                throw new ArgumentException($"the statement's parameters are not $p0 to $p{_slots.Length - 1}: {sql}", nameof(sql));
            }
        }
    }

    /// <summary>
    /// Prepares <paramref name="sql"/> to be bound by position in the order the SQL first names its parameters, whatever
    /// their names (an import's statements, whose SQL reads better with <c>$contact</c>, <c>$kind</c>...).
    /// </summary>
    public static PreparedStatement InOrder(SqliteConnection connection, string sql) => new(connection, sql, inOrder: true);

    /// <summary>Binds parameter <paramref name="index"/> (0-based) to an integer.</summary>
    public void Bind(int index, long value) =>
        Check(StatementCalls.BindInt64(_pointer, _slots[index], value));

    /// <summary>Binds parameter <paramref name="index"/> (0-based) to a text, or NULL.</summary>
    /// <remarks>
    /// The text is encoded as UTF-8 into a buffer this statement keeps, and SQLite copies it from there: not a new array
    /// on the managed heap for every row and text (as binding a <see cref="string"/> does), nor SQLite's own conversion
    /// from UTF-16 (a copy, a conversion a character at a time, a second copy), which cost a fifth more.
    /// </remarks>
    public void Bind(int index, string? value) =>
        Check(value is null ? StatementCalls.BindNull(_pointer, _slots[index]) : BindText(_slots[index], value));

    /// <summary>Binds <c>$p0</c>, <c>$p1</c>... to <paramref name="values"/>: texts, integers, or null for NULL.</summary>
    public PreparedStatement Bind(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _slots.Length)
        {
            throw new ArgumentException($"the statement takes {_slots.Length} values, not {values.Length}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var slot = _slots[i];
            var rc = values[i] switch
            {
                null => StatementCalls.BindNull(_pointer, slot),
                string text => BindText(slot, text),
                long number => StatementCalls.BindInt64(_pointer, slot, number),
                int number => StatementCalls.BindInt64(_pointer, slot, number),
                _ => throw new ArgumentException($"parameter {i} is a {values[i]!.GetType().Name}, neither a text nor an integer", nameof(values)),
            };
            Check(rc);
        }

        return this;
    }

    /// <summary>
    /// Binds a text as UTF-8 encoded into <see cref="_utf8"/>; an empty text through SQLitePCL's own conversion (an empty
    /// span has no address, and SQLite takes a text without one for NULL).
    /// </summary>
    private int BindText(int slot, string text)
    {
        if (text.Length == 0)
        {
            return raw.sqlite3_bind_text(_statement, slot, text);
        }

        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return StatementCalls.BindText(_pointer, slot, ref _utf8[0], length, StatementCalls.Transient);
    }

    /// <summary>Runs the statement; the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var rc = StatementCalls.Step(_pointer);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            }

            return StatementCalls.Changes(_db);
        }
        finally
        {
            // Reset repeats the step's error, thrown above.
            _ = StatementCalls.Reset(_pointer);
        }
    }

    /// <summary>
    /// Runs an <c>INSERT</c> and returns the id of the row it added; null when it added none (a conflict it was told to
    /// ignore). Without a <c>RETURNING</c> clause, for which SQLite makes a table in memory for the rows it returns at
    /// every run of the statement, and takes it down again.
    /// </summary>
    public long? ExecuteInsert() => Execute() > 0 ? StatementCalls.LastInsertRowId(_db) : null;

    /// <summary>Runs the statement and reads the integer in the first column of its first row (a <c>RETURNING id</c>); null when it returns no row.</summary>
    public long? ExecuteScalar()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
            {
                return null;
            }

            if (rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            }

            return raw.sqlite3_column_int64(_statement, 0);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement and maps every row it returns with <paramref name="map"/>, by column position.</summary>
    public List<T> Query<T>(Func<System.Data.IDataRecord, T> map)
    {
        var rows = new List<T>();
        var row = new StatementRow(_pointer);
        try
        {
            while (true)
            {
                var rc = StatementCalls.Step(_pointer);
                if (rc == raw.SQLITE_DONE)
                {
                    return rows;
                }

                if (rc != raw.SQLITE_ROW)
                {
                    SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
                }

                rows.Add(map(row));
            }
        }
        finally
        {
            _ = StatementCalls.Reset(_pointer);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>Throws SQLite's error for a call that did not return <c>SQLITE_OK</c>.</summary>
    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
    }
}
