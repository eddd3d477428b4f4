using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Engine.Runtime;

/// <summary>
/// Applies <c>instead_of</c> at dispatch, so that for each event exactly one of a playbook and those that run
/// instead of it starts a run: the replaced one steps aside when a replacement's <c>when</c> matches the event (and
/// the event is within that one's <c>max_age</c>), when one of the replacement's own replacements takes it, or when a
/// replacement already ran for it; a replacement steps aside when the playbook it replaces already ran for the event (it
/// was there first), and when another replacement of the same playbook ran for it or comes first and matches it too.
/// </summary>
internal sealed class Replacements(PlaybookCatalog catalog, RunSession session, StepRunner runner, DateTimeOffset now)
{
    // instead_of chains are checked at load for circles and for their length; the bound only keeps a mistake from looping.
    private const int MaxDepth = CatalogReplacements.MaxChain;

    private const string RanSql = "SELECT count(*) FROM runs WHERE playbook = $p0 AND contact_id = $p1 AND event_id = $p2";

    /// <summary>Whether a playbook that runs instead of <paramref name="playbook"/> takes the work's event (or schedule) over.</summary>
    public bool TakenOver(PlaybookDefinition playbook, RunWork work) => TakenOver(playbook, work, 0);

    /// <summary>
    /// Whether <paramref name="playbook"/> runs instead of another that already ran for the work's event: that run
    /// stands, and this playbook does not start a second one.
    /// </summary>
    public bool AlreadyRan(PlaybookDefinition playbook, RunWork work)
    {
        var replaced = playbook.InsteadOf;
        for (var depth = 0; replaced is not null && work.Event is not null && depth < MaxDepth; depth++)
        {
            if (Ran(replaced, work))
            {
                return true;
            }

            replaced = catalog.Find(replaced)?.InsteadOf;
        }

        return false;
    }

    /// <summary>
    /// Whether another playbook that takes over the same one as <paramref name="playbook"/> has the work's event: it
    /// already ran for it, or it comes first in the catalog and its <c>when</c> matches too.
    /// </summary>
    public bool SiblingTakes(PlaybookDefinition playbook, RunWork work)
    {
        if (playbook.InsteadOf is not { } replaced)
        {
            return false;
        }

        var before = true;
        foreach (var sibling in catalog.ReplacementsOf(replaced))
        {
            if (string.Equals(sibling.Name, playbook.Name, StringComparison.Ordinal))
            {
                before = false;
            }
            else if ((work.Event is not null && Ran(sibling.Name, work)) || (before && Takes(sibling, work, 0)))
            {
                return true;
            }
        }

        return false;
    }

    private bool TakenOver(PlaybookDefinition playbook, RunWork work, int depth) =>
        depth < MaxDepth && catalog.ReplacementsOf(playbook.Name).Any(r => Takes(r, work, depth));

    private bool Takes(PlaybookDefinition replacement, RunWork work, int depth)
    {
        if (work.Event is not null && Ran(replacement.Name, work))
        {
            return true;
        }

        if (work.Event is { } young && replacement.MaxAge is { } maxAge && young.At < Instants.Minus(now, maxAge))
        {
            return false;
        }

        var probe = new RunWork(
            work.Run with { Playbook = replacement.Name, Version = replacement.ContentHash, Step = replacement.Steps[0].Id },
            replacement, work.Contact, work.History, work.Event)
        { Analysis = work.Analysis };
        try
        {
            // The replacement runs for what its 'when' matches; what one of its own replacements takes is gone too.
            return replacement.When is not { } when
                || runner.Evaluate(when, ConditionKeys.When(replacement.Name), runner.Context(probe, now))
                || TakenOver(replacement, probe, depth + 1);
        }
        catch (ConditionException)
        {
            // The replacement's run starts and fails, saying why: the event is still its own.
            return true;
        }
    }

    private bool Ran(string playbook, RunWork work) =>
        session.Query(RanSql, r => r.GetInt64(0), playbook, work.Contact.Id, work.Event!.Id)[0] > 0;
}
