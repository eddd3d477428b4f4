using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Catalog;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;

namespace Playbook.Engine.Stats;

/// <summary>
/// What every playbook's drafts led to, whatever starts the playbook (an invitation, a reply, a meeting, a schedule):
/// the drafts sent, the replies that came within the wait after each, and the real conversations, meetings and
/// collaborations that followed; per playbook, and per draft step and variant. <see cref="Funnel"/> follows
/// invitations; this follows drafts.
/// </summary>
public static class PlaybookOutcomes
{
    /// <summary>How long a reply counts after a draft with no <c>wait</c> after it, or whose playbook is no longer loaded.</summary>
    public static TimeSpan DefaultWait { get; } = TimeSpan.FromDays(14);

    /// <summary>
    /// The outcomes of every sent draft in <paramref name="store"/>: for each playbook (most drafts sent first) its own
    /// row, then one row per draft step and variant. <paramref name="waitAfter"/> gives the wait that follows a
    /// playbook's draft step (null: <see cref="DefaultWait"/>).
    /// </summary>
    public static IReadOnlyList<PlaybookOutcome> Measure(ContactStore store, Func<string, string, TimeSpan?>? waitAfter = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = store.Conversations;
        var sent = store.Drafts.List(DraftStatuses.Sent).Where(d => d.DecidedAt is not null).ToList();
        // A meeting still to come (planned) has not happened yet.
        var now = store.Clock.GetUtcNow();
        var histories = sent.Select(d => d.ContactId).Distinct()
            .ToDictionary(id => id, id => store.Events.List(id).Where(e => e.Kind != EventKinds.Meeting || e.At <= now).OrderBy(e => e.At).ToList());
        var outcomes = new List<PlaybookOutcome>();
        foreach (var playbook in sent.GroupBy(d => d.Playbook, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            outcomes.Add(Count(playbook.Key, null, null, [.. playbook], histories, settings, waitAfter));
            foreach (var step in playbook.GroupBy(d => (d.Step, Variant: d.Variant ?? FunnelDimensions.NoVariant))
                .OrderBy(g => g.Min(d => d.Id)).ThenBy(g => g.Key.Variant, StringComparer.Ordinal))
            {
                outcomes.Add(Count(playbook.Key, step.Key.Step, step.Key.Variant, [.. step], histories, settings, waitAfter));
            }
        }

        return outcomes;
    }

    /// <summary>The wait that follows each draft step in the catalog's playbooks: the first <c>wait</c> after it.</summary>
    public static Func<string, string, TimeSpan?> WaitsOf(PlaybookCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return (playbook, step) =>
        {
            var definition = catalog.Entries.FirstOrDefault(e => e.Definition.Name == playbook)?.Definition;
            var index = definition?.IndexOfStep(step) ?? -1;
            return index < 0 ? null : definition!.Steps.Skip(index + 1).OfType<WaitStep>().FirstOrDefault()?.For;
        };
    }

    private static PlaybookOutcome Count(
        string playbook, string? step, string? variant, List<Draft> drafts, Dictionary<long, List<ContactEvent>> histories,
        ConversationSettings settings, Func<string, string, TimeSpan?>? waitAfter)
    {
        var replied = drafts.Count(d =>
        {
            var from = d.DecidedAt!.Value;
            var until = from + (waitAfter?.Invoke(d.Playbook, d.Step) ?? DefaultWait);
            return histories[d.ContactId].Any(e => IsReply(e) && e.At > from && e.At <= until);
        });
        var runs = drafts.GroupBy(d => d.RunId ?? -d.Id).Select(g => g.OrderBy(d => d.DecidedAt).First()).ToList();
        var (conversations, meetings, collaborations) = (0, 0, 0);
        foreach (var first in runs)
        {
            var after = histories[first.ContactId].Where(e => e.At >= first.DecidedAt!.Value).ToList();
            var collaboration = after.Any(e => e.Kind == EventKinds.Collaboration);
            var meeting = collaboration || after.Any(e => e.Kind == EventKinds.Meeting);
            var conversation = meeting
                || after.Any(e => e.Kind == EventKinds.MessageReceived && e.Classification == ReplyLabels.Engaged)
                || StageProgress.BackAndForth(after, settings);
            conversations += conversation ? 1 : 0;
            meetings += meeting ? 1 : 0;
            collaborations += collaboration ? 1 : 0;
        }

        return new PlaybookOutcome(playbook, step, variant, runs.Count, drafts.Count, replied, conversations, meetings, collaborations);
    }

    // A reply is a received message that is not automatic.
    private static bool IsReply(ContactEvent e) => e.Kind == EventKinds.MessageReceived && e.Classification != ReplyLabels.Auto;
}
