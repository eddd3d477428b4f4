using System.Text.RegularExpressions;
using RegexMatch = System.Text.RegularExpressions.Match;

using Playbook.Engine.Analysis.Replies.Patterns;
using Playbook.Engine.Time;

namespace Playbook.Engine.Analysis.Replies.Dates;

/// <summary>
/// Reads the first date in a few folded words of a reply, relative to the day of the message: full and numeric dates,
/// month names, weekdays, the day of the month alone, and periods ("next week", "in Q1", "after the summer"). The forms
/// are tried from the most precise to the least, and the first that is there decides, even when the day it names does
/// not exist. Every expression is bounded and has a timeout; the words given are short (a rule's <c>when</c> group).
/// </summary>
internal static class DateReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);
    private static readonly string M = DateWords.MonthPattern;
    private static readonly string W = DateWords.WeekdayPattern;
    private static readonly string N = DateWords.NumberPattern;
    private const string Ordinal = @"(?:st|nd|rd|th|º|ª|o)?";
    private const string NotTime = @"(?!\s*(?:[:.h]\d|[ap]\.?m\b|h\b|hrs?\b|%))";

    private static readonly GatedPattern Iso = Make(@"\b(?<y>20\d\d)-(?<m>\d\d)-(?<d>\d\d)\b");
    private static readonly GatedPattern DayMonth = Make($@"\b(?<d>\d{{1,2}}){Ordinal}\s*(?:de\s+|of\s+|-\s*)?(?<month>{M})\b\.?(?:,?\s*(?:de\s+|del\s+)?(?<y>\d{{4}})\b)?");
    private static readonly GatedPattern MonthDay = Make($@"\b(?<month>{M})\b\.?\s+(?:the\s+)?(?<d>\d{{1,2}}){Ordinal}\b(?!\d)(?:,?\s*(?<y>\d{{4}})\b)?");
    private static readonly GatedPattern MonthEdge = Make(
        $@"\b(?:(?<early>early|beginning\s+of|start\s+of|(?:a\s+)?principios\s+de|(?:a\s+)?inicios\s+de|comienzos\s+de)|(?<mid>mid-?|the\s+middle\s+of|(?:a\s+)?mediados\s+de)|(?<end>late|the\s+end\s+of|end\s+of|(?:a\s+)?finales\s+de|(?:a\s+)?fin(?:al)?\s+de))\s*(?:(?:el\s+mes\s+de|the\s+month\s+of)\s+)?(?<month>{M})\b(?:\s*(?:de\s+|del\s+)?(?<y>\d{{4}})\b)?");
    private static readonly GatedPattern MonthYear = Make($@"\b(?<month>{M})\b\.?\s*(?:de\s+|del\s+)?(?<y>20\d\d)\b");
    private static readonly GatedPattern Numeric = Make(@"\b(?<a>\d{1,2})(?<sep>[/-])(?<b>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?\b(?![/-]\d)|\b(?<a>\d{1,2})\.(?<b>\d{1,2})\.(?<y>\d{4}|\d{2})\b");
    private static readonly GatedPattern Weeks = Make(
        $@"\b(?:in|within|en|dentro\s+de|de\s+aqui\s+a)\s+(?:(?<couple>a\s+couple\s+of|un\s+par\s+de)|(?<few>a\s+few|unas(?:\s+pocas|\s+cuantas)?)|(?<n>{N}))\s+(?<unit>days?|dias?|weeks?|semanas?|months?|mes|meses)\b");
    private static readonly GatedPattern NextWeek = Make(@"\b(?:next|the\s+following)\s+week\b|\b(?:la\s+)?(?:semana\s+que\s+viene|proxima\s+semana|semana\s+proxima|semana\s+siguiente)\b");
    private static readonly GatedPattern NextMonth = Make(@"\b(?:next|the\s+following)\s+month\b|\b(?:el\s+)?(?:mes\s+que\s+viene|proximo\s+mes|mes\s+proximo|mes\s+siguiente)\b|\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?(?:next\s+)?month\b|\b(?:finales|final|fin)\s+de\s+mes\b|\bend\s+of\s+the\s+month\b|\bprincipios\s+de(?:l)?\s+(?:proximo\s+)?mes\b");
    private static readonly GatedPattern NextYear = Make(@"\bnext\s+year\b|\b(?:el\s+)?(?:ano\s+que\s+viene|proximo\s+ano|ano\s+proximo)\b|\b(?:the\s+)?end\s+of\s+(?:the\s+)?year\b|\b(?:finales|final|fin)\s+de(?:l)?\s+ano\b|\bin\s+the\s+new\s+year\b|\ben\s+el\s+ano\s+nuevo\b");
    private static readonly GatedPattern Quarter = Make(
        @"\bq(?<q>[1-4])\b|\b(?<word>first|second|third|fourth|1st|2nd|3rd|4th|primer|segundo|tercer|cuarto|1er|2o|3er|4o)\s+(?:quarter|trimestre)\b|\b(?<next>next\s+quarter|(?:el\s+)?(?:proximo|siguiente)\s+trimestre|(?:el\s+)?trimestre\s+que\s+viene)\b");
    private static readonly GatedPattern Summer = Make(@"\b(?:after|past|end\s+of)\s+(?:the\s+)?summer(?:\s+holidays?)?\b|\b(?:despues|tras|pasado)\s+(?:de\s+|del\s+)?(?:el\s+)?verano\b|\bvuelta\s+del?\s+verano\b|\bin\s+(?:the\s+)?(?:autumn|fall)\b|\ben\s+(?:el\s+)?otono\b|\bseptember\s+(?:onwards|on)\b");
    private static readonly GatedPattern Kings = Make(@"\b(?:despues|tras|pasad[oa]s?)\s+(?:de\s+)?(?:los\s+)?reyes\b|\bafter\s+(?:the\s+)?epiphany\b");
    private static readonly GatedPattern Holidays = Make(@"\b(?:after|past)\s+(?:the\s+)?(?:holidays|holiday\s+season|christmas|xmas|new\s+year'?s?)\b|\b(?:despues|tras|pasad[ao]s?)\s+(?:de\s+)?(?:las\s+|los\s+)?(?:fiestas|navidad(?:es)?|vacaciones|festivos)\b|\bvuelta\s+de\s+(?:las\s+)?(?:fiestas|navidad(?:es)?|vacaciones)\b");
    private static readonly GatedPattern WeekdayDay = Make($@"\b(?<w>{W})\b\s*,?\s*(?:the\s+|el\s+|dia\s+)?(?<d>\d{{1,2}}){Ordinal}\b{NotTime}");
    private static readonly GatedPattern Weekday = Make($@"\b(?<w>{W})\b");
    private static readonly GatedPattern DayAlone = Make($@"\b(?:el|the|on\s+the|on|del|dia)\s+(?<d>\d{{1,2}}){Ordinal}\b{NotTime}(?!\s*(?:[/-]\d|de\s|of\s|weeks?|days?|semanas?|dias?|minut|hour|hora|months?|mes))");
    private static readonly GatedPattern MonthAlone = Make($@"(?:^\s*|\b(?:en|in|for|until|till|til|hasta|from|desde|by|para|around|hacia|sobre|durante|a\s+partir\s+de|back\s+in|de\s+vuelta\s+en|volvere\s+en)\s+)(?:(?:el\s+)?mes\s+de\s+|the\s+month\s+of\s+)?(?<month>{M})\b");

    /// <summary>Every form, for the tests that hold each gated form to its expression.</summary>
    internal static IReadOnlyList<GatedPattern> Forms { get; } =
        [Iso, DayMonth, MonthDay, MonthEdge, MonthYear, Numeric, Weeks, NextWeek, NextMonth, NextYear, Quarter, Summer, Kings, Holidays, WeekdayDay, Weekday, DayAlone, MonthAlone];

    /// <summary>The first date in <paramref name="words"/>; null when they name none.</summary>
    /// <param name="words">Folded words: lower case, no accents.</param>
    /// <param name="message">The day of the message: dates are read as the next such day after it.</param>
    /// <param name="dayFirst">Numeric dates are day/month (Spanish) rather than month/day (English); asked only for a numeric date.</param>
    public static DateRead? Read(string words, DateOnly message, Lazy<bool> dayFirst)
    {
        if (Find(Iso, words) is { } iso)
        {
            return new(Exact(Int(iso, "y"), Int(iso, "m"), Int(iso, "d")), iso.Value);
        }

        foreach (var form in (GatedPattern[])[DayMonth, MonthDay])
        {
            if (Find(form, words) is { } named)
            {
                return new(DayOfMonth(message, DateWords.Month(named.Groups["month"].Value), Int(named, "d"), Year(named)), named.Value);
            }
        }

        if (Find(MonthEdge, words) is { } edge)
        {
            return Edge(edge, message);
        }

        if (Find(MonthYear, words) is { } monthYear)
        {
            return new(MonthStart(message, DateWords.Month(monthYear.Groups["month"].Value), Int(monthYear, "y")), monthYear.Value);
        }

        if (Find(Numeric, words) is { } numeric)
        {
            return new(NumericDate(numeric, message, dayFirst), numeric.Value);
        }

        return Period(words, message) ?? Day(words, message);
    }

    private static DateRead? Period(string words, DateOnly message)
    {
        if (Find(Weeks, words) is { } weeks)
        {
            var unit = weeks.Groups["unit"].Value;
            var count = weeks.Groups["couple"].Success ? 2 : weeks.Groups["few"].Success ? 3 : DateWords.Number(weeks.Groups["n"].Value);
            var date = unit[0] switch
            {
                'd' => message.AddDays(count),
                'w' or 's' => message.AddDays(7 * count),
                _ => message.AddMonths(count),
            };
            return new(date, weeks.Value);
        }

        if (Find(NextWeek, words) is { } nextWeek)
        {
            return new(WorkingDays.Next(message, DayOfWeek.Monday), nextWeek.Value, AfterPeriod: true);
        }

        if (Find(NextMonth, words) is { } nextMonth)
        {
            var next = message.AddMonths(1);
            return new(new DateOnly(next.Year, next.Month, 1), nextMonth.Value, AfterPeriod: true);
        }

        if (Find(NextYear, words) is { } nextYear)
        {
            return new(new DateOnly(message.Year + 1, 1, 1), nextYear.Value, AfterPeriod: true);
        }

        if (Find(Quarter, words) is { } quarter)
        {
            return new(QuarterStart(quarter, message), quarter.Value, AfterPeriod: true);
        }

        if (Find(Summer, words) is { } summer)
        {
            return new(MonthStart(message, 9, null), summer.Value, AfterPeriod: true);
        }

        if (Find(Kings, words) is { } kings)
        {
            var year = message is { Month: 1, Day: < 7 } ? message.Year : message.Year + 1;
            return new(new DateOnly(year, 1, 7), kings.Value, AfterPeriod: true);
        }

        if (Find(Holidays, words) is { } holidays)
        {
            return new(AfterHolidays(message), holidays.Value, AfterPeriod: true);
        }

        return null;
    }

    private static DateRead? Day(string words, DateOnly message)
    {
        if (Find(WeekdayDay, words) is { } weekdayDay)
        {
            return new(DayOfMonth(message, Int(weekdayDay, "d")), weekdayDay.Value);
        }

        if (Find(Weekday, words) is { } weekday)
        {
            return new(WorkingDays.Next(message, DateWords.Weekday(weekday.Groups["w"].Value)), weekday.Value);
        }

        if (Find(DayAlone, words) is { } day)
        {
            return new(DayOfMonth(message, Int(day, "d")), day.Value);
        }

        if (Find(MonthAlone, words) is { } month)
        {
            return new(MonthStart(message, DateWords.Month(month.Groups["month"].Value), null), month.Value, AfterPeriod: true);
        }

        return null;
    }

    private static DateRead Edge(RegexMatch edge, DateOnly message)
    {
        var month = DateWords.Month(edge.Groups["month"].Value);
        var start = MonthStart(message, month, Year(edge));
        if (start is not { } first)
        {
            return new(null, edge.Value);
        }

        // "Early January" from inside January is the next working day; otherwise the month's own first days.
        var named = new DateOnly(first.Year, first.Month, 1);
        return edge.Groups["early"].Success ? new(first, edge.Value, AfterPeriod: true)
            : edge.Groups["mid"].Success ? new(Later(named.AddDays(14), message), edge.Value, AfterPeriod: true)
            : new(named.AddMonths(1), edge.Value, AfterPeriod: true);
    }

    /// <summary>The first working day of <paramref name="month"/>, the next one after the message; inside that month, the day after the message.</summary>
    private static DateOnly? MonthStart(DateOnly message, int month, int? year)
    {
        if (year is { } y)
        {
            if (y < message.Year || (y == message.Year && month < message.Month))
            {
                return null;
            }

            return y == message.Year && month == message.Month ? message.AddDays(1) : new DateOnly(y, month, 1);
        }

        return month == message.Month ? message.AddDays(1)
            : new DateOnly(month > message.Month ? message.Year : message.Year + 1, month, 1);
    }

    /// <summary>A day and month, of the year given, or of the next such day after the message; a day some weeks past is past.</summary>
    private static DateOnly? DayOfMonth(DateOnly message, int month, int day, int? year)
    {
        if (year is { } y)
        {
            return Exact(y, month, day);
        }

        if (Exact(message.Year, month, day) is not { } thisYear)
        {
            return Exact(message.Year + 1, month, day);
        }

        // "Until 14 December" in a reply of 20 December is a stale notice, not next year's December.
        return thisYear >= message || message.DayNumber - thisYear.DayNumber <= 60 ? thisYear : Exact(message.Year + 1, month, day);
    }

    /// <summary>The next day <paramref name="day"/> of a month strictly after the message ("el 14", "Monday the 3rd").</summary>
    private static DateOnly? DayOfMonth(DateOnly message, int day)
    {
        if (day is < 1 or > 31)
        {
            return null;
        }

        var month = new DateOnly(message.Year, message.Month, 1);
        for (var i = 0; i < 3; i++, month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) > message)
            {
                return new DateOnly(month.Year, month.Month, day);
            }
        }

        return null;
    }

    private static DateOnly? NumericDate(RegexMatch numeric, DateOnly message, Lazy<bool> dayFirst)
    {
        var (a, b) = (Int(numeric, "a"), Int(numeric, "b"));
        var (day, month) = dayFirst.Value ? (a, b) : (b, a);
        // An impossible reading gives way to the other only when that one is the sole possible: 14/12 in English.
        if (month > 12 && day <= 12)
        {
            (day, month) = (month, day);
        }

        if (month is < 1 or > 12)
        {
            return null;
        }

        int? year = numeric.Groups["y"].Success ? Int(numeric, "y") : null;
        return DayOfMonth(message, month, day, year is < 100 ? 2000 + year : year);
    }

    private static DateOnly QuarterStart(RegexMatch quarter, DateOnly message)
    {
        var current = (message.Month - 1) / 3;
        if (quarter.Groups["next"].Success)
        {
            return new DateOnly(message.Year, (current * 3) + 1, 1).AddMonths(3);
        }

        var q = quarter.Groups["q"].Success ? Int(quarter, "q") - 1 : quarter.Groups["word"].Value[0] switch
        {
            'f' when quarter.Groups["word"].Value.StartsWith("fo", StringComparison.Ordinal) => 3,
            'f' or 'p' or '1' => 0,
            's' or '2' => 1,
            't' or '3' => 2,
            _ => 3,
        };
        return q == current ? message.AddDays(1)
            : new DateOnly(q > current ? message.Year : message.Year + 1, (q * 3) + 1, 1);
    }

    /// <summary>After Christmas and New Year: the first Monday of January; after summer holidays (June to August): September.</summary>
    private static DateOnly? AfterHolidays(DateOnly message) => message.Month switch
    {
        >= 10 => FirstMonday(message.Year + 1),
        1 when message.Day <= 6 => Later(FirstMonday(message.Year), message),
        >= 6 and <= 8 => new DateOnly(message.Year, 9, 1),
        _ => null,
    };

    private static DateOnly FirstMonday(int year)
    {
        var first = new DateOnly(year, 1, 1);
        return first.DayOfWeek == DayOfWeek.Monday ? first : WorkingDays.Next(first, DayOfWeek.Monday);
    }

    private static DateOnly Later(DateOnly day, DateOnly message) => day > message ? day : message.AddDays(1);

    private static DateOnly? Exact(int year, int month, int day) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? Year(RegexMatch match) => match.Groups["y"].Success ? Int(match, "y") : null;

    private static int Int(RegexMatch match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first match of <paramref name="form"/>, its required words looked for first; null when none.</summary>
    private static RegexMatch? Find(GatedPattern form, string words)
    {
        try
        {
            var match = form.Match(words);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static GatedPattern Make(string pattern) => new(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout));
}
