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
    public static bool TryParseInstant(string? text, out DateTimeOffset instant) =>
        TryParseMessageInstant(text, out instant) || TryParseFormats(text, out instant);

    /// <summary>
    /// messages.csv's own form, <c>2025-06-01 14:03:22 UTC</c> exactly, read digit by digit: the same instant as its format
    /// gives, without trying it as a format among many (a row of messages.csv spent more on its date than on its CSV). Any
    /// other text, or one whose day or time does not exist, is left to the formats.
    /// </summary>
    internal static bool TryParseMessageInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is not { Length: 23 } || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || !text.AsSpan(19).SequenceEqual(" UTC"))
        {
            return false;
        }

        var year = Number(text, 0, 4);
        var month = Number(text, 5, 2);
        var day = Number(text, 8, 2);
        var hour = Number(text, 11, 2);
        var minute = Number(text, 14, 2);
        var second = Number(text, 17, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23
            || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        instant = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    /// <summary>The number the ASCII digits of <paramref name="text"/> at <paramref name="start"/> write; -1 when one is not a digit.</summary>
    private static int Number(string text, int start, int length)
    {
        var number = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            number = (number * 10) + digit;
        }

        return number;
    }

    /// <summary>An instant in any of the exports' formats.</summary>
    internal static bool TryParseFormats(string? text, out DateTimeOffset instant)
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
