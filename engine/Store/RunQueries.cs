using System.Globalization;
using Dapper;
using Playbook.Engine.Runs;

namespace Playbook.Engine.Store;

/// <summary>Runs and their journals, as the runtime left them.</summary>
public sealed class RunQueries
{
    private readonly ContactStore _store;

    internal RunQueries(ContactStore store) => _store = store;

    /// <summary>Runs, oldest first, optionally of one playbook, in one state, for one contact.</summary>
    public IReadOnlyList<Run> List(string? playbook = null, string? state = null, long? contactId = null, int? limit = null)
    {
        using var reader = _store.Connection.ExecuteReader(
            $"""
            SELECT {RuntimeRows.RunColumns} FROM runs r
            {new Filter().And(playbook is not null, "r.playbook = @playbook").And(state is not null, "r.state = @state").And(contactId is not null, "r.contact_id = @contactId")}
            ORDER BY r.id LIMIT @limit
            """,
            new { playbook, state, contactId, limit = limit ?? -1 });
        var runs = new List<Run>();
        while (reader.Read())
        {
            runs.Add(RuntimeRows.Run(reader));
        }

        return runs;
    }

    /// <summary>How many runs there are, optionally in one state.</summary>
    public long Count(string? state = null) =>
        _store.Connection.ExecuteScalar<long>("SELECT count(*) FROM runs WHERE @state IS NULL OR state = @state", new { state });

    /// <summary>Every run, oldest first, read as it is enumerated.</summary>
    public IEnumerable<Run> All() =>
        RuntimeRows.Stream(_store.Connection, $"SELECT {RuntimeRows.RunColumns} FROM runs r ORDER BY r.id", RuntimeRows.Run);

    /// <summary>The run with <paramref name="id"/>.</summary>
    /// <exception cref="NotFoundException">No such run.</exception>
    public Run Get(long id)
    {
        using var reader = _store.Connection.ExecuteReader($"SELECT {RuntimeRows.RunColumns} FROM runs r WHERE r.id = @id", new { id });
        return reader.Read() ? RuntimeRows.Run(reader) : throw new NotFoundException("run", id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Everything run <paramref name="id"/> did, in order.</summary>
    /// <exception cref="NotFoundException">No such run.</exception>
    public IReadOnlyList<JournalEntry> Journal(long id)
    {
        _ = Get(id);
        using var reader = _store.Connection.ExecuteReader(
            $"SELECT {RuntimeRows.JournalColumns} FROM journal j WHERE j.run_id = @id ORDER BY j.id", new { id });
        var entries = new List<JournalEntry>();
        while (reader.Read())
        {
            entries.Add(RuntimeRows.Journal(reader));
        }

        return entries;
    }
}
