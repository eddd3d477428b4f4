using Playbook.Engine.Store;

namespace Playbook.Engine.Stats;

/// <summary>What <c>stats --by</c> groups the funnel by.</summary>
public static class FunnelDimensions
{
    /// <summary>By the playbook the personal reply came from (<c>manual</c> when written by hand).</summary>
    public const string Playbook = "playbook";

    /// <summary>By the playbook and the version of it the run followed.</summary>
    public const string Version = "version";

    /// <summary>By the template variant of an A/B test.</summary>
    public const string Variant = "variant";

    /// <summary>By the month the invitation came.</summary>
    public const string Month = "month";

    /// <summary>By the channel of the personal reply.</summary>
    public const string Channel = "channel";

    /// <summary>The group of invitations nobody's playbook touched: the user wrote (or did not write) by hand.</summary>
    public const string Manual = "manual";

    /// <summary>The group of drafts whose step had no variants.</summary>
    public const string NoVariant = "(none)";

    /// <summary>Every dimension <c>stats --by</c> takes.</summary>
    public static IReadOnlyList<string> All { get; } = [Playbook, Version, Variant, Month, Channel];

    /// <summary>The key of <paramref name="outcome"/> in <paramref name="dimension"/>.</summary>
    public static string KeyOf(InvitationOutcome outcome, string dimension)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return dimension switch
        {
            Playbook => outcome.Playbook ?? Manual,
            Version => outcome.Playbook is null ? Manual : outcome.Playbook + "@" + ShortVersion(outcome.Version),
            Variant => outcome.Playbook is null ? Manual : outcome.Variant ?? NoVariant,
            Month => outcome.InvitedAt.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            Channel => outcome.Channel,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "expected one of " + string.Join(", ", All)),
        };
    }

    private static string ShortVersion(string? version) =>
        string.IsNullOrEmpty(version) ? "?" : version.Length <= 12 ? version : version[..12];
}
