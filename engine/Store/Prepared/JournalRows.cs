using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store.Prepared;

/// <summary>
/// The journal entries a session adds, kept in memory and written as <c>journal_rows</c> holds them: the consecutive
/// entries of one run in one row (a welcome's five: started, analysed, tagged, drafted, waiting), the first in the row's
/// columns and the others in its <c>more</c> column as JSON, <see cref="BufferedRows.RowsPerStatement"/> rows to a
/// statement. A row and a statement cost SQLite and the binding more than the entries' bytes do: a pass wrote five rows
/// and two B-tree entries per run where it now writes one of each.
/// <para>
/// The entries keep the ids they had as rows of their own: a row's id is its last entry's, and its n entries are the n
/// ids up to it, counted on from the last id in the store inside the batch's transaction (so a row written without
/// them, one entry, follows on as it always did); the <c>journal</c> view reads them back one per row. As with <see cref="BufferedRows"/>, whoever
/// keeps them writes them only outside savepoints (<see cref="Flush"/>) and forgets those of a savepoint rolled back
/// (<see cref="Truncate"/>).
/// </para>
/// </summary>
internal sealed class JournalRows : IDisposable
{
    private const int Columns = 7;
    private const string Insert = "INSERT INTO journal_rows (id, run_id, at, step, action, message, more)";
    private const string LastIdSql = "SELECT coalesce(max(id), 0) FROM journal_rows";
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SqliteConnection _connection;
    private readonly List<Entry> _entries = [];
    private readonly List<(int Start, int Count)> _groups = [];
    private readonly object?[] _chunk = new object?[Columns * BufferedRows.RowsPerStatement];
    private readonly object?[] _row = new object?[Columns];
    private readonly ArrayBufferWriter<byte> _json = new(1024);
    private PreparedStatement? _many;
    private PreparedStatement? _one;
    private PreparedStatement? _lastId;
    private long? _nextId;

    public JournalRows(SqliteConnection connection)
    {
        _connection = connection;
    }

    /// <summary>How many entries are waiting to be written.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds an entry of run <paramref name="runId"/>; <paramref name="at"/> as the store writes a time.</summary>
    public void Add(long runId, string at, string? step, string action, string message)
    {
        if (_groups.Count > 0 && _entries[^1].RunId == runId)
        {
            _groups[^1] = (_groups[^1].Start, _groups[^1].Count + 1);
        }
        else
        {
            _groups.Add((_entries.Count, 1));
        }

        _entries.Add(new Entry(runId, at, step, action, message));
    }

    /// <summary>Forgets the entries added after the first <paramref name="count"/>.</summary>
    public void Truncate(int count)
    {
        _entries.RemoveRange(count, _entries.Count - count);
        GroupByRun();
    }

    /// <summary>Forgets every entry waiting, and the next id (a transaction rolled back).</summary>
    public void Clear()
    {
        _entries.Clear();
        _groups.Clear();
        _nextId = null;
    }

    /// <summary>A transaction begins or ends: the next entry's id is read again from the store when it is needed.</summary>
    public void NewTransaction() => _nextId = null;

    /// <summary>
    /// Writes the waiting entries in the connection's transaction: the rows of every run but the last one's (which may
    /// get more entries) a full statement's worth at a time, and with <paramref name="all"/> every row, the rest one
    /// statement each.
    /// </summary>
    public void Flush(bool all)
    {
        var complete = all ? _groups.Count : _groups.Count - 1;
        var rows = 0;
        if (complete >= BufferedRows.RowsPerStatement)
        {
            _many ??= new PreparedStatement(_connection, Sql(BufferedRows.RowsPerStatement));
            for (; rows + BufferedRows.RowsPerStatement <= complete; rows += BufferedRows.RowsPerStatement)
            {
                for (var i = 0; i < BufferedRows.RowsPerStatement; i++)
                {
                    Pack(_groups[rows + i], _chunk.AsSpan(i * Columns, Columns));
                }

                _many.Bind(_chunk).Execute();
            }
        }

        if (all)
        {
            _one ??= new PreparedStatement(_connection, Sql(1));
            for (; rows < complete; rows++)
            {
                Pack(_groups[rows], _row);
                _one.Bind(_row).Execute();
            }
        }

        if (rows > 0)
        {
            _entries.RemoveRange(0, _groups[rows - 1].Start + _groups[rows - 1].Count);
            GroupByRun();
        }

        Array.Clear(_chunk);
        Array.Clear(_row);
    }

    public void Dispose()
    {
        _many?.Dispose();
        _one?.Dispose();
        _lastId?.Dispose();
    }

    private void GroupByRun()
    {
        _groups.Clear();
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_groups.Count > 0 && _entries[_groups[^1].Start].RunId == _entries[i].RunId)
            {
                _groups[^1] = (_groups[^1].Start, _groups[^1].Count + 1);
            }
            else
            {
                _groups.Add((i, 1));
            }
        }
    }

    /// <summary>The row of the entries <paramref name="group"/> names, into <paramref name="row"/>, with its id.</summary>
    private void Pack((int Start, int Count) group, Span<object?> row)
    {
        var first = _entries[group.Start];
        _lastId ??= new PreparedStatement(_connection, LastIdSql);
        var id = _nextId ??= _lastId.ExecuteScalar()!.Value + 1;
        _nextId = id + group.Count;
        row[0] = id + group.Count - 1;
        row[1] = first.RunId;
        row[2] = first.At;
        row[3] = first.Step;
        row[4] = first.Action;
        row[5] = first.Message;
        row[6] = group.Count == 1 ? null : More(first.At, group.Start + 1, group.Count - 1);
    }

    /// <summary>The entries after a row's first, as its <c>more</c> column holds them.</summary>
    private string More(string at, int start, int count)
    {
        _json.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_json, Relaxed))
        {
            writer.WriteStartArray();
            for (var i = start; i < start + count; i++)
            {
                var entry = _entries[i];
                writer.WriteStartArray();
                if (string.Equals(entry.At, at, StringComparison.Ordinal))
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(entry.At);
                }

                writer.WriteStringValue(entry.Step);
                writer.WriteStringValue(entry.Action);
                writer.WriteStringValue(entry.Message);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(_json.WrittenSpan);
    }

    private static string Sql(int rows)
    {
        var sql = new StringBuilder(Insert).Append(" VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns; column++)
            {
                sql.Append(column == 0 ? "$p" : ", $p").Append(((row * Columns) + column).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private readonly record struct Entry(long RunId, string At, string? Step, string Action, string Message);
}
