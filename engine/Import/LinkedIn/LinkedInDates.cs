using System.Globalization;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// The date formats of LinkedIn exports, each file its own: <c>08 Feb 2026</c> (Connections),
/// <c>1/29/26, 2:37 PM</c> (Invitations, no zone: read as UTC), <c>2025-06-01 14:03:22 UTC</c> (messages).
/// </summary>
internal static class LinkedInDates
{
    private static readonly string[] DayFormats = ["dd MMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "M/d/yyyy", "M/d/yy", "MMM d, yyyy"];

    // messages.csv, by far the longest file, first: formats are tried in order.
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd HH:mm:ss 'UTC'", "M/d/yy, h:mm tt", "M/d/yyyy, h:mm tt", "M/d/yy, H:mm", "M/d/yyyy, H:mm", "M/d/yy h:mm tt",
        "M/d/yyyy h:mm tt", "yyyy-MM-dd HH:mm 'UTC'", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>A day such as <c>08 Feb 2026</c>.</summary>
    public static bool TryParseDay(string? text, out DateOnly day)
    {
        day = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return DateOnly.TryParseExact(text.Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out day);
    }

    /// <summary>An instant such as <c>1/29/26, 2:37 PM</c> or <c>2025-06-01 14:03:22 UTC</c>; times without a zone are UTC.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Some locales write a narrow no-break space before AM/PM.
        var cleaned = text.Trim().Replace('\u202F', ' ').Replace('\u00A0', ' ');
        return DateTimeOffset.TryParseExact(cleaned, InstantFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out instant);
    }
}
