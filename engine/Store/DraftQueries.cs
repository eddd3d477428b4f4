using System.Globalization;
using Dapper;
using Playbook.Engine.Runs;

namespace Playbook.Engine.Store;

/// <summary>The review queue: drafts the runs wrote. Marking one sent or discarded goes through the runtime, which moves its run on.</summary>
public sealed class DraftQueries
{
    private readonly ContactStore _store;

    internal DraftQueries(ContactStore store) => _store = store;

    /// <summary>Drafts, oldest first: those with <paramref name="status"/> (one of <see cref="DraftStatuses"/>), or every draft when it is null.</summary>
    public IReadOnlyList<Draft> List(string? status = DraftStatuses.Pending, long? contactId = null, int? limit = null)
    {
        using var reader = _store.Connection.ExecuteReader(
            $"""
            SELECT {RuntimeRows.DraftColumns} FROM drafts d
            {new Filter().And(status is not null, "d.status = @status").And(contactId is not null, "d.contact_id = @contactId")}
            ORDER BY d.id LIMIT @limit
            """,
            new { status, contactId, limit = limit ?? -1 });
        var drafts = new List<Draft>();
        while (reader.Read())
        {
            drafts.Add(RuntimeRows.Draft(reader));
        }

        return drafts;
    }

    /// <summary>
    /// The pending drafts in two, oldest first, in one pass over them: the first draft of a run an invitation started
    /// (the replies to new invitations) and the others (nudges, thank-yous, ...); at most <paramref name="limit"/> of
    /// each are read, and each side is counted whole.
    /// The invitations' ids are read once, as a set, from the index on the events' kind, rather than an event row
    /// looked up per draft: with 100,000 drafts that is most of the pages the count reads.
    /// </summary>
    public PendingDrafts Pending(int limit = int.MaxValue)
    {
        var invitations = new List<long>();
        var others = new List<long>();
        int invitationCount = 0, otherCount = 0;
        using (var reader = _store.Connection.ExecuteReader(
            """
            SELECT d.id,
                   CASE WHEN (SELECT r.event_id FROM runs r WHERE r.id = d.run_id)
                             IN (SELECT e.id FROM events e WHERE e.kind = 'invitation.received')
                        AND NOT EXISTS (SELECT 1 FROM drafts earlier WHERE earlier.run_id = d.run_id AND earlier.id < d.id)
                        THEN 1 ELSE 0 END
            FROM drafts d
            WHERE d.status = 'pending'
            ORDER BY d.id
            """))
        {
            while (reader.Read())
            {
                var (list, count) = reader.GetBoolean(1) ? (invitations, invitationCount++) : (others, otherCount++);
                if (count < limit)
                {
                    list.Add(reader.GetInt64(0));
                }
            }
        }

        var drafts = ByIds([.. invitations, .. others]);
        var answering = invitations.ToHashSet();
        return new PendingDrafts(
            [.. drafts.Where(d => answering.Contains(d.Id))], invitationCount, [.. drafts.Where(d => !answering.Contains(d.Id))], otherCount);
    }

    /// <summary>The ids of the drafts with <paramref name="status"/>, oldest first: a list reads the rows it shows with <see cref="ByIds"/>.</summary>
    public IReadOnlyList<long> Ids(string status = DraftStatuses.Pending) =>
        _store.Connection.Query<long>("SELECT id FROM drafts WHERE status = @status ORDER BY id", new { status }).AsList();

    /// <summary>The drafts with <paramref name="ids"/>, in that order (those gone are left out).</summary>
    public IReadOnlyList<Draft> ByIds(IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var reader = _store.Connection.ExecuteReader(
            $"SELECT {RuntimeRows.DraftColumns} FROM drafts d WHERE d.id IN (SELECT value FROM json_each(@ids))",
            new { ids = StoreFormat.IdArray(ids) });
        var found = new Dictionary<long, Draft>();
        while (reader.Read())
        {
            var draft = RuntimeRows.Draft(reader);
            found[draft.Id] = draft;
        }

        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>How many drafts have <paramref name="status"/> (every draft when null).</summary>
    public long Count(string? status = null) =>
        _store.Connection.ExecuteScalar<long>("SELECT count(*) FROM drafts WHERE @status IS NULL OR status = @status", new { status });

    /// <summary>Every draft, whatever its status, oldest first, read as it is enumerated.</summary>
    public IEnumerable<Draft> All() =>
        RuntimeRows.Stream(_store.Connection, $"SELECT {RuntimeRows.DraftColumns} FROM drafts d ORDER BY d.id", RuntimeRows.Draft);

    /// <summary>The draft with <paramref name="id"/>.</summary>
    /// <exception cref="NotFoundException">No such draft.</exception>
    public Draft Get(long id)
    {
        using var reader = _store.Connection.ExecuteReader($"SELECT {RuntimeRows.DraftColumns} FROM drafts d WHERE d.id = @id", new { id });
        return reader.Read() ? RuntimeRows.Draft(reader) : throw new NotFoundException("draft", id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Whether any of <paramref name="contactIds"/> has a pending draft written by a run (one a redraft could change).</summary>
    public bool AnyPendingFor(IReadOnlyCollection<long> contactIds)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        return contactIds.Count > 0 && _store.Connection.ExecuteScalar<long>(
            """
            SELECT EXISTS (SELECT 1 FROM drafts WHERE status = 'pending' AND run_id IS NOT NULL
                           AND contact_id IN (SELECT value FROM json_each(@ids)))
            """,
            new { ids = StoreFormat.IdArray(contactIds) }) == 1;
    }

    /// <summary>Replaces the text of a pending draft (the person edited it before sending).</summary>
    /// <exception cref="NotFoundException">No such draft.</exception>
    /// <exception cref="InvalidOperationException">The draft was already sent or discarded.</exception>
    public Draft Edit(long id, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var changed = _store.InTransaction(transaction => _store.Connection.Execute(
            """
            UPDATE drafts SET edited_at = CASE WHEN body = @body THEN edited_at ELSE @now END, body = @body
            WHERE id = @id AND status = 'pending'
            """,
            new { id, body, now = _store.NowText() }, transaction));
        var draft = Get(id);
        return changed == 1 ? draft
            : throw new InvalidOperationException($"draft {id} is {draft.Status}; only a pending draft can be edited");
    }
}
