using Playbook.Engine.Store;

namespace Playbook.Engine.Stats;

/// <summary>What <c>stats --by</c> groups the funnel by.</summary>
public static class FunnelDimensions
{
    public const string Playbook = "playbook";
    public const string Version = "version";
    public const string Variant = "variant";
    public const string Month = "month";
    public const string Channel = "channel";

    /// <summary>The group of invitations nobody's playbook touched: the user wrote (or did not write) by hand.</summary>
    public const string Manual = "manual";

    /// <summary>The group of drafts whose step had no variants.</summary>
    public const string NoVariant = "(none)";

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
