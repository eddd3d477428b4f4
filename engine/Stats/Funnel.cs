using Playbook.Engine.Store;

namespace Playbook.Engine.Stats;

/// <summary>
/// The funnel of the practice: invitations received, personal replies sent, answered, brush-offs, real conversations,
/// meetings and collaborations, from the store alone (an imported export is enough: what no playbook drafted is
/// <c>manual</c>).
/// </summary>
public static class Funnel
{
    /// <summary>The practice's baseline: about one personal reply in ten becomes a real conversation.</summary>
    public const double Baseline = 0.10;

    /// <summary>The funnel of every invitation in <paramref name="store"/>, grouped by <paramref name="by"/> when given.</summary>
    public static FunnelReport Measure(ContactStore store, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Build(store.Stats.Outcomes(), by);
    }

    /// <summary>The funnel of <paramref name="outcomes"/>, grouped by <paramref name="by"/> when given.</summary>
    public static FunnelReport Build(IReadOnlyCollection<InvitationOutcome> outcomes, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (by is null)
        {
            return new FunnelReport { Total = FunnelCounts.Of(outcomes) };
        }

        var groups = outcomes
            .GroupBy(o => FunnelDimensions.KeyOf(o, by), StringComparer.Ordinal)
            .Select(g => new FunnelGroup(g.Key, FunnelCounts.Of(g.ToList())));
        var ordered = by == FunnelDimensions.Month
            ? groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList()
            : groups.OrderByDescending(g => g.Counts.Invitations).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        // Months are a calendar, not alternatives the user chose between: they get no comparison. An A/B test compares
        // its variants (or a playbook's versions), not what was written by hand.
        var comparison = by switch
        {
            FunnelDimensions.Month => null,
            FunnelDimensions.Variant => Compare([.. ordered.Where(g => g.Key is not (FunnelDimensions.Manual or FunnelDimensions.NoVariant))]),
            FunnelDimensions.Version => Compare([.. ordered.Where(g => g.Key != FunnelDimensions.Manual)]),
            _ => Compare(ordered),
        };
        return new FunnelReport { By = by, Total = FunnelCounts.Of(outcomes), Groups = ordered, Comparison = comparison };
    }

    private static FunnelComparison? Compare(IReadOnlyList<FunnelGroup> groups)
    {
        var contenders = groups
            .Where(g => g.Counts.PersonalReplies > 0)
            .OrderByDescending(g => g.Counts.ConversationRate.Rate)
            .ThenByDescending(g => g.Counts.PersonalReplies)
            .Take(2)
            .ToList();
        if (contenders.Count < 2)
        {
            return null;
        }

        var (best, next) = (contenders[0].Counts, contenders[1].Counts);
        var p = FisherExact.PValue(best.Conversations, best.PersonalReplies, next.Conversations, next.PersonalReplies);
        return new FunnelComparison(contenders[0], contenders[1], p);
    }
}
