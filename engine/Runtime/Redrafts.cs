using System.Globalization;
using System.Text.Json;
using Playbook.Engine.Catalog;
using Playbook.Engine.Runs;
using Playbook.Engine.Scripting;
using Playbook.Engine.Store;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Runtime;

/// <summary>
/// Writes again the pending drafts of some contacts after what is known of them changed (a profile read, an import):
/// only those contacts' drafts, each in a savepoint of its own, journaled in its run. A draft whose template fails for
/// its contact is kept as it was, and its run's journal says why.
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
            if (session.Run(draft.RunId!.Value) is not { } run
                || catalog.Find(run.Playbook) is not { } playbook || RunWork.Load(session, run, playbook, now) is not { } work)
            {
                continue;
            }

            try
            {
                if (session.Atomically(() => _runner.Redraft(work, draft, now)) is { } outcome)
                {
                    outcomes.Add(outcome);
                }
            }
            catch (Exception e) when (e is TemplateException or ConditionException)
            {
                // The template (or a condition) failed for this contact: the draft stays as it was, and its run says why.
                var message = string.Create(CultureInfo.InvariantCulture, $"draft {draft.Id} kept as it was: writing it again failed: {e.Message}");
                session.Journal(run.Id, now, draft.Step, JournalActions.Redrafted, message);
                outcomes.Add(new RedraftOutcome(draft.Id, draft.ContactId, Rewritten: false, message));
            }
        }

        return outcomes;
    }
}
