using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store.StagePass;

/// <summary>
/// The events of the kinds that move a stage (messages, meetings, collaborations) that one import writes, kept as it
/// writes them, so that its stage pass reads them from memory instead of reading the whole events table back after
/// the import's largest commit. Kept only for an import into a store that held no such event when it began; they are
/// then every such event of the store for as long as no other connection writes to it (<c>PRAGMA data_version</c>
/// says whether one did) and every file that wrote some was committed. Otherwise the stage pass reads the table.
/// </summary>
internal sealed class StageEvents
{
    private readonly long _dataVersion;

    // The events kept since the last FoldAhead, in the order they were written.
    private List<(long ContactId, StageRow Row)> _rows = [];

    // The events kept before, gathered by contact on the thread pool.
    private Task<Dictionary<long, StageHistory>> _folded = Task.FromResult(new Dictionary<long, StageHistory>());
    private bool _abandoned;

    private StageEvents(long dataVersion) => _dataVersion = dataVersion;

    /// <summary>
    /// Starts keeping an import's events on <paramref name="connection"/> (outside any transaction); null when the
    /// store already holds an event of a kind that moves a stage, which the pass would have to read anyway.
    /// </summary>
    public static StageEvents? Begin(SqliteConnection connection)
    {
        // The version first: a write by another connection after it, the check below included, shows as a new version.
        var version = DataVersion(connection, null);
        var any = connection.ExecuteScalar<bool>(
            "SELECT EXISTS (SELECT 1 FROM events WHERE kind IN ('message.sent', 'message.received', 'meeting', 'collaboration'))");
        return any ? null : new StageEvents(version);
    }

    /// <summary>Keeps the event <paramref name="id"/> of <paramref name="contactId"/> just written, if its kind moves a stage.</summary>
    public void Add(long contactId, long id, string kind, long atTicks, string? label)
    {
        if (StageRow.Of(id, kind, atTicks, label) is { } row)
        {
            _rows.Add((contactId, row));
        }
    }

    /// <summary>
    /// Gathers the events kept so far by contact on the thread pool, while the caller goes on (a large file's rows are
    /// all written, and its indexes are built again, on one processor): the pass then finds most of its work done.
    /// </summary>
    public void FoldAhead()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var rows = _rows;
        _rows = [];
        _folded = _folded.ContinueWith(
            before => Fold(before.Result, rows), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Says a file that may have written some of these events was rolled back: what is kept is no longer the store's.</summary>
    public void Abandon() => _abandoned = true;

    /// <summary>
    /// Whether the events kept are still every such event of the store, read in <paramref name="transaction"/>: no file
    /// was rolled back, and no other connection has written to the store since <see cref="Begin"/>.
    /// </summary>
    public bool AreWhole(SqliteConnection connection, SqliteTransaction transaction) =>
        !_abandoned && DataVersion(connection, transaction) == _dataVersion;

    /// <summary>Every event kept, gathered by contact: those folded ahead, once that is done, and the rest now.</summary>
    public IReadOnlyDictionary<long, StageHistory> Histories()
    {
        var histories = Fold(_folded.GetAwaiter().GetResult(), _rows);
        _rows = [];
        _folded = Task.FromResult(histories);
        return histories;
    }

    private static Dictionary<long, StageHistory> Fold(Dictionary<long, StageHistory> histories, List<(long ContactId, StageRow Row)> rows)
    {
        foreach (var (contactId, row) in rows)
        {
            if (!histories.TryGetValue(contactId, out var history))
            {
                history = new StageHistory(contactId);
                histories.Add(contactId, history);
            }

            history.Add(row);
        }

        return histories;
    }

    private static long DataVersion(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<long>("PRAGMA data_version", transaction: transaction);
}
