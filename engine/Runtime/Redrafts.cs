using System.Text.Json;
using Playbook.Engine.Catalog;
using Playbook.Engine.Store;

namespace Playbook.Engine.Runtime;

/// <summary>
/// Writes again the pending drafts of some contacts after what is known of them changed (a profile read, an import):
/// only those contacts' drafts, each in a savepoint of its own, journaled in its run.
/// </summary>
internal sealed class Redrafts(PlaybookCatalog catalog, RuntimeSettings settings, RunSession session, DateTimeOffset now)
{
    private readonly StepRunner _runner = new(catalog, settings, session, new ReportCounter());

    public List<RedraftOutcome> Of(IReadOnlyCollection<long> contactIds)
    {
        var outcomes = new List<RedraftOutcome>();
        var drafts = session.Query(
            $"""
            SELECT {RuntimeRows.DraftColumns} FROM drafts d
            WHERE d.status = 'pending' AND d.run_id IS NOT NULL AND d.contact_id IN (SELECT value FROM json_each($p0))
            ORDER BY d.id
            """,
            RuntimeRows.Draft, JsonSerializer.Serialize(contactIds));
        foreach (var draft in drafts)
        {
            if (session.Run(draft.RunId!.Value) is { } run
                && catalog.Find(run.Playbook) is { } playbook && RunWork.Load(session, run, playbook, now) is { } work
                && session.Atomically(() => _runner.Redraft(work, draft, now)) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }
}
