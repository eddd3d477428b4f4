namespace Playbook.Engine.Analysis.Replies.Dates;

/// <summary>Monday to Friday; there is no holiday calendar, so 1 January on a weekday is a working day.</summary>
internal static class WorkingDays
{
    /// <summary><paramref name="day"/>, or the Monday after it when it falls on a weekend.</summary>
    public static DateOnly OnOrAfter(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    /// <summary>The first working day of <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static DateOnly FirstOf(int year, int month) => OnOrAfter(new DateOnly(year, month, 1));

    /// <summary>The next <paramref name="weekday"/> strictly after <paramref name="day"/>.</summary>
    public static DateOnly Next(DateOnly day, DayOfWeek weekday)
    {
        var ahead = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(ahead == 0 ? 7 : ahead);
    }
}
