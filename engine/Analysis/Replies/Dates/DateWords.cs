namespace Playbook.Engine.Analysis.Replies.Dates;

/// <summary>Month and weekday names in Spanish and English, folded (no accents), with the regular expressions that find them.</summary>
internal static class DateWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["enero"] = 1, ["ene"] = 1, ["january"] = 1, ["jan"] = 1,
        ["febrero"] = 2, ["feb"] = 2, ["february"] = 2,
        ["marzo"] = 3, ["mar"] = 3, ["march"] = 3,
        ["abril"] = 4, ["abr"] = 4, ["april"] = 4, ["apr"] = 4,
        ["mayo"] = 5, ["may"] = 5,
        ["junio"] = 6, ["jun"] = 6, ["june"] = 6,
        ["julio"] = 7, ["jul"] = 7, ["july"] = 7,
        ["agosto"] = 8, ["ago"] = 8, ["august"] = 8, ["aug"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["sept"] = 9, ["sep"] = 9, ["september"] = 9,
        ["octubre"] = 10, ["oct"] = 10, ["october"] = 10,
        ["noviembre"] = 11, ["nov"] = 11, ["november"] = 11,
        ["diciembre"] = 12, ["dic"] = 12, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["lunes"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["martes"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["miercoles"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["jueves"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["viernes"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sabado"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["domingo"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["un"] = 1, ["una"] = 1, ["uno"] = 1,
        ["two"] = 2, ["dos"] = 2, ["three"] = 3, ["tres"] = 3, ["four"] = 4, ["cuatro"] = 4,
        ["five"] = 5, ["cinco"] = 5, ["six"] = 6, ["seis"] = 6, ["ten"] = 10, ["diez"] = 10,
        ["fifteen"] = 15, ["quince"] = 15,
    };

    /// <summary>Any month name or abbreviation, longest first.</summary>
    public static string MonthPattern { get; } = Alternation(Months.Keys);

    /// <summary>A full weekday name.</summary>
    public static string WeekdayPattern { get; } = Alternation(Weekdays.Keys);

    /// <summary>A count written in figures or words.</summary>
    public static string NumberPattern { get; } = @"\d{1,2}|" + Alternation(Numbers.Keys);

    public static int Month(string name) => Months[name];

    public static DayOfWeek Weekday(string name) => Weekdays[name];

    public static int Number(string text) => int.TryParse(text, out var n) ? n : Numbers[text];

    private static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.OrderByDescending(w => w.Length)) + ")";
}
