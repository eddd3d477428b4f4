using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Secondary indexes that a large import builds once at the end of a file's transaction rather than row by row: kept
/// row by row, each new row is a seek to a random place in every index; built at the end, it is one sort. Only indexes
/// that nothing reads while a file is imported are deferred (the ones that find a contact by profile, email or name, and
/// the unique source key of events that keeps a re-import from adding twice, stay). Dropped and built again inside the
/// file's own transaction, so a kill at any point leaves them as they were or as they are after the file; other
/// connections keep reading their snapshot, with its indexes, meanwhile.
/// </summary>
internal sealed class DeferredIndexes
{
    /// <summary>Below this many rows expected, keeping the indexes row by row costs less than building them again.</summary>
    private const long FewRows = 5_000;

    /// <summary>What a row of an export takes in its file, roughly, to tell from a file's length how many rows it brings.</summary>
    private const long BytesPerRow = 256;

    private static readonly (string Table, string[] Indexes)[] Deferrable =
    [
        ("events", ["events_contact_at", "events_kind_at"]),
        ("contacts", ["contacts_stage", "contacts_full_name"]),
    ];

    private static long Expected(long? fileLength) => fileLength is { } length ? length / BytesPerRow : 0;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<string> _rebuild;
    private readonly HashSet<string> _outgrown = new(StringComparer.Ordinal);

    private DeferredIndexes(SqliteConnection connection, SqliteTransaction transaction, List<string> rebuild)
    {
        _connection = connection;
        _transaction = transaction;
        _rebuild = rebuild;
    }

    /// <summary>The indexes dropped, by name (none when the file is small beside what the store holds).</summary>
    public IReadOnlyList<string> Dropped { get; private set; } = [];

    /// <summary>Whether the file would more than double <paramref name="table"/> (one of the tables whose indexes may be deferred).</summary>
    public bool Outgrows(string table) => _outgrown.Contains(table);

    /// <summary>
    /// Drops the deferrable indexes of each table that the file, <paramref name="fileLength"/> bytes long (null: not
    /// known), would more than double: a table that large costs more to index again than its new rows cost to add.
    /// </summary>
    public static DeferredIndexes Begin(SqliteConnection connection, SqliteTransaction transaction, long? fileLength)
    {
        var rebuild = new List<string>();
        var dropped = new List<string>();
        var outgrown = new List<string>();
        if (Expected(fileLength) >= FewRows)
        {
            foreach (var (table, indexes) in Deferrable)
            {
                if (!WouldOutgrow(connection, transaction, table, fileLength))
                {
                    continue;
                }

                outgrown.Add(table);

                foreach (var (name, sql) in connection.Query<(string Name, string Sql)>(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL ORDER BY name",
                    new { table }, transaction))
                {
                    if (indexes.Contains(name, StringComparer.Ordinal))
                    {
                        connection.Execute($"DROP INDEX \"{name}\"", transaction: transaction);
                        rebuild.Add(sql);
                        dropped.Add(name);
                    }
                }
            }
        }

        var deferred = new DeferredIndexes(connection, transaction, rebuild) { Dropped = dropped };
        deferred._outgrown.UnionWith(outgrown);
        return deferred;
    }

    /// <summary>
    /// Whether a file <paramref name="fileLength"/> bytes long (null: not known) is large, and would more than double
    /// <paramref name="table"/> (<c>events</c> or <c>contacts</c>); read in <paramref name="transaction"/>, or outside any.
    /// </summary>
    public static bool WouldOutgrow(SqliteConnection connection, SqliteTransaction? transaction, string table, long? fileLength)
    {
        var expected = Expected(fileLength);
        if (expected < FewRows)
        {
            return false;
        }

        // The largest id is the count's upper bound, read from the end of the table without scanning it.
        var rows = connection.ExecuteScalar<long?>(table switch
        {
            "events" => "SELECT max(rowid) FROM events",
            "contacts" => "SELECT max(rowid) FROM contacts",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "neither events nor contacts"),
        }, transaction: transaction) ?? 0;
        return rows < expected;
    }

    /// <summary>Builds the dropped indexes again, as they were defined; call before committing.</summary>
    public void Complete()
    {
        foreach (var sql in _rebuild)
        {
            _connection.Execute(sql, transaction: _transaction);
        }

        _rebuild.Clear();
    }
}
