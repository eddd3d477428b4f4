namespace Playbook.Engine.Stats;

/// <summary>The funnel over every invitation in the store, and per group when asked for one.</summary>
public sealed record FunnelReport
{
    /// <summary>What the groups are by (<see cref="FunnelDimensions"/>); null for the whole funnel only.</summary>
    public string? By { get; init; }

    /// <summary>Every invitation in the store.</summary>
    public required FunnelCounts Total { get; init; }

    /// <summary>One funnel per group, in the dimension's order; empty without <see cref="By"/>.</summary>
    public IReadOnlyList<FunnelGroup> Groups { get; init; } = [];

    /// <summary>Whether the best two groups' conversation rates differ beyond chance; null with fewer than two groups that sent a personal reply.</summary>
    public FunnelComparison? Comparison { get; init; }

    /// <summary>The store holds no invitation yet.</summary>
    public bool IsEmpty => Total.Invitations == 0;
}

/// <summary>The funnel of one group: a playbook, a version, a variant, a month or a channel.</summary>
public sealed record FunnelGroup(string Key, FunnelCounts Counts);

/// <summary>
/// The two groups with the best conversation rates, compared with Fisher's exact test: significant when the
/// two-sided p-value is under 0.05.
/// </summary>
public sealed record FunnelComparison(FunnelGroup Best, FunnelGroup Next, double PValue)
{
    /// <summary>Whether the difference is unlikely to be chance (p &lt; 0.05).</summary>
    public bool Significant => PValue < 0.05;
}
