using System.Globalization;
using Dapper;
using Playbook.Engine.Analysis;
using Playbook.Engine.Runs;

namespace Playbook.Engine.Store;

/// <summary>The review queue: drafts the runs wrote. Marking one sent or discarded goes through the runtime, which moves its run on.</summary>
public sealed class DraftQueries
{
    /// <summary>A draft's columns with NULL for its analysis: a list that shows the analysis of the selected draft only.</summary>
    private static readonly string WithoutAnalysis = RuntimeRows.DraftColumns.Replace("d.analysis", "NULL", StringComparison.Ordinal);

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
    /// The pending drafts in two, oldest first: the first draft of a run an invitation started (the replies to new
    /// invitations) and the others (nudges, thank-yous, ...); at most <paramref name="limit"/> of each are read, and
    /// each side is counted whole. Which side a draft is on is kept on its row as it is written
    /// (<c>answers_invitation</c>), so both the counts and the lists are read from one partial index of the pending
    /// drafts, however many wait. Without <paramref name="withAnalysis"/> the drafts are read without their analyses
    /// (<see cref="Draft.Analysis"/> is null; <see cref="AnalysisOf"/> reads one when the draft is shown).
    /// </summary>
    public PendingDrafts Pending(int limit = int.MaxValue, bool withAnalysis = true)
    {
        var (invitationCount, otherCount) = PendingCounts();
        return new PendingDrafts(
            invitationCount == 0 ? [] : PendingOf(answersInvitation: true, afterId: 0, limit, withAnalysis), invitationCount,
            otherCount == 0 ? [] : PendingOf(answersInvitation: false, afterId: 0, limit, withAnalysis), otherCount);
    }

    /// <summary>How many pending drafts answer new invitations, and how many are others, counted from the index alone.</summary>
    public (int Invitations, int Others) PendingCounts()
    {
        int invitations = 0, others = 0;
        using var reader = _store.Connection.ExecuteReader(
            "SELECT answers_invitation, count(*) FROM drafts INDEXED BY drafts_pending WHERE status = 'pending' GROUP BY answers_invitation");
        while (reader.Read())
        {
            if (reader.GetInt64(0) != 0)
            {
                invitations = reader.GetInt32(1);
            }
            else
            {
                others = reader.GetInt32(1);
            }
        }

        return (invitations, others);
    }

    /// <summary>
    /// The pending drafts of one side (see <see cref="Pending"/>) after the draft <paramref name="afterId"/>, oldest
    /// first, at most <paramref name="limit"/>: the next page of a list that shows them a page at a time.
    /// </summary>
    public IReadOnlyList<Draft> PendingOf(bool answersInvitation, long afterId, int limit, bool withAnalysis = true)
    {
        var columns = withAnalysis ? RuntimeRows.DraftColumns : WithoutAnalysis;
        using var reader = _store.Connection.ExecuteReader(
            $"""
            SELECT {columns} FROM drafts d INDEXED BY drafts_pending
            WHERE d.status = 'pending' AND d.answers_invitation = @side AND d.id > @afterId
            ORDER BY d.id LIMIT @limit
            """,
            new { side = answersInvitation ? 1 : 0, afterId, limit });
        var drafts = new List<Draft>();
        while (reader.Read())
        {
            drafts.Add(RuntimeRows.Draft(reader));
        }

        return drafts;
    }

    /// <summary>The analysis draft <paramref name="id"/> was written with, or null (none, or no such draft).</summary>
    public ContactAnalysis? AnalysisOf(long id) =>
        AnalysisJson.Read(_store.Connection.ExecuteScalar<string?>("SELECT analysis FROM drafts WHERE id = @id", new { id }));

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
