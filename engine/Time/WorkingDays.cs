namespace Playbook.Engine.Time;

/// <summary>
/// Working days as replies mean them ("write me in January", "back two working days after the 14th"): Monday to
/// Friday, without New Year's Day and Christmas Day, the two days off everywhere the product's languages are spoken.
/// There is no calendar of local holidays.
/// </summary>
public static class WorkingDays
{
    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    public static bool Is(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && day is not ({ Month: 1, Day: 1 } or { Month: 12, Day: 25 });

    /// <summary><paramref name="day"/>, or the first working day after it.</summary>
    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!Is(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The first working day of <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static DateOnly FirstOf(int year, int month) => OnOrAfter(new DateOnly(year, month, 1));

    /// <summary>Whether <paramref name="day"/> is the first working day of its month.</summary>
    public static bool IsFirstOfMonth(DateOnly day) => day == FirstOf(day.Year, day.Month);

    /// <summary><paramref name="day"/> moved on by <paramref name="count"/> working days.</summary>
    public static DateOnly Add(DateOnly day, int count)
    {
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            left -= Is(day) ? 1 : 0;
        }

        return day;
    }

    /// <summary>The next <paramref name="weekday"/> strictly after <paramref name="day"/>.</summary>
    public static DateOnly Next(DateOnly day, DayOfWeek weekday)
    {
        var ahead = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(ahead == 0 ? 7 : ahead);
    }
}
