using System.Globalization;

namespace Playbook.Engine.Contacts;

/// <summary>
/// A date known to the month or only to the year, as profiles and exports give them: <c>2019-01</c> or <c>2019</c>.
/// Reads what LinkedIn writes (<c>Jan 2019</c>, <c>January 2019</c>, <c>enero de 2019</c>, <c>2019</c>) as well as
/// its own form.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12, or null when only the year is known.</param>
public readonly record struct PartialDate(int Year, int? Month) : IComparable<PartialDate>
{
    private static readonly string[][] MonthNames =
    [
        ["jan", "january", "ene", "enero"],
        ["feb", "february", "febrero"],
        ["mar", "march", "marzo"],
        ["apr", "april", "abr", "abril"],
        ["may", "mayo"],
        ["jun", "june", "junio"],
        ["jul", "july", "julio"],
        ["aug", "august", "ago", "agosto"],
        ["sep", "sept", "september", "septiembre", "setiembre"],
        ["oct", "october", "octubre"],
        ["nov", "november", "noviembre"],
        ["dec", "december", "dic", "diciembre"],
    ];

    /// <summary>The first day it can mean: the first of its month, or the first of January.</summary>
    public DateOnly First => new(Year, Month ?? 1, 1);

    /// <summary>The last day it can mean: the last of its month, or the last of December.</summary>
    public DateOnly Last => new DateOnly(Year, Month ?? 12, 1).AddMonths(1).AddDays(-1);

    /// <summary>
    /// The date in <paramref name="text"/>, or null when it holds none: <c>2019-01</c>, <c>2019</c>, <c>Jan 2019</c>,
    /// <c>January 2019</c>, <c>ene. 2019</c>, <c>enero de 2019</c>; case, accents and a trailing dot do not matter.
    /// </summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Trim().ToLowerInvariant()
            .Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "de" && w != "of")
            .ToArray();
        switch (words)
        {
            case [var only] when only.Length == 7 && only[4] == '-' && YearOf(only[..4]) is { } year && Number(only[5..]) is { } month && month is >= 1 and <= 12:
                return new PartialDate(year, month);
            case [var only] when YearOf(only) is { } year:
                return new PartialDate(year, null);
            case [var name, var last] when MonthOf(name) is { } month && YearOf(last) is { } year:
                return new PartialDate(year, month);
            default:
                return null;
        }
    }

    /// <summary>Whether the two spans (an end of null means still going, up to <paramref name="now"/>) have a month in common.</summary>
    public static bool Overlap(PartialDate? start, PartialDate? end, PartialDate? otherStart, PartialDate? otherEnd, DateOnly now)
    {
        if (start is not { } a || otherStart is not { } b)
        {
            return false;
        }

        var aEnd = end?.Last ?? now;
        var bEnd = otherEnd?.Last ?? now;
        return a.First <= bEnd && b.First <= aEnd;
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other) => Year != other.Year ? Year.CompareTo(other.Year) : (Month ?? 0).CompareTo(other.Month ?? 0);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> (a year alone before its months).</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> or is it.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> or is it.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary><c>2019-01</c>, or <c>2019</c> when only the year is known.</summary>
    public override string ToString() => Month is { } month
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);

    private static int? YearOf(string text) => text.Length == 4 && Number(text) is { } year && year is >= 1900 and <= 2200 ? year : null;

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? MonthOf(string word)
    {
        var folded = Fold(word);
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Contains(folded, StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Fold(string word) => word.Replace('é', 'e').Replace('á', 'a');
}
