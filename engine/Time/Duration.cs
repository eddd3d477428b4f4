using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Playbook.Engine.Time;

/// <summary>
/// Durations as playbooks write them: whole numbers with a unit, largest unit first, no spaces:
/// <c>2w</c>, <c>7d</c>, <c>12h</c>, <c>90m</c>, <c>30s</c>, <c>1d12h</c>. Units: w (weeks), d (days),
/// h (hours), m (minutes), s (seconds). There are no months or years: their length varies; write <c>30d</c>.
/// </summary>
public static class Duration
{
    private const string UnitsHint = "use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h";

    /// <summary>
    /// The longest duration a playbook or a setting may give: 3650 days, about ten years. Longer ones are refused when
    /// they are read, so that no date reckoned from one (a wait's end, a task's due date, the oldest event a playbook
    /// takes) can fall outside the dates .NET holds.
    /// </summary>
    public static TimeSpan Max { get; } = TimeSpan.FromDays(3650);

    // Largest first: a unit may only follow a larger one.
    private static readonly (char Unit, TimeSpan Size)[] Units =
    [
        ('w', TimeSpan.FromDays(7)),
        ('d', TimeSpan.FromDays(1)),
        ('h', TimeSpan.FromHours(1)),
        ('m', TimeSpan.FromMinutes(1)),
        ('s', TimeSpan.FromSeconds(1)),
    ];

    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string? text, out TimeSpan value, [NotNullWhen(false)] out string? error)
    {
        value = TimeSpan.Zero;
        error = Read(text?.Trim() ?? "", ref value);
        return error is null;
    }

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">It is not a duration; the message says why and how to write one.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>
    /// <paramref name="value"/> written back the way playbooks write it, in days and smaller units
    /// (<c>14d</c>, <c>1d12h</c>, <c>90m</c> as <c>1h30m</c>, zero as <c>0m</c>); fractions of a second are dropped.
    /// </summary>
    public static string Format(TimeSpan value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
        var text = new StringBuilder();
        Append(text, value.Days, 'd');
        Append(text, value.Hours, 'h');
        Append(text, value.Minutes, 'm');
        Append(text, value.Seconds, 's');
        return text.Length == 0 ? "0m" : text.ToString();
    }

    private static void Append(StringBuilder text, int amount, char unit)
    {
        if (amount > 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static string? Read(string text, ref TimeSpan value)
    {
        if (text.Length == 0)
        {
            return "a duration is missing; write one such as 7d, 12h or 1d12h";
        }

        var ticks = 0L;
        var nextUnit = 0;
        var i = 0;
        while (i < text.Length)
        {
            var numberStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == numberStart)
            {
                return NotADuration(text, text[i] switch
                {
                    _ when char.IsAsciiLetter(text[i]) => "a number comes before each unit, as in 7d",
                    '-' => "it cannot be negative",
                    _ => Unexpected(text[i]),
                });
            }

            var number = text[numberStart..i];
            if (i == text.Length)
            {
                return NotADuration(text, $"{number} has no unit; {UnitsHint}");
            }

            if (text[i] is '.' or ',')
            {
                return NotADuration(text, "use whole numbers, as in 1d12h rather than 1.5d");
            }

            var unitStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (i == unitStart)
            {
                return NotADuration(text, Unexpected(text[i]));
            }

            var unit = text[unitStart..i];
            var index = unit.Length == 1 ? Array.FindIndex(Units, u => u.Unit == unit[0]) : -1;
            if (index < 0)
            {
                return NotADuration(text, $"unknown unit '{unit}'; {UnitsHint}");
            }

            if (index < nextUnit)
            {
                return NotADuration(text, "write each unit once, largest first, as in 1d12h");
            }

            try
            {
                ticks = checked(ticks + (Units[index].Size.Ticks * long.Parse(number, CultureInfo.InvariantCulture)));
            }
            catch (OverflowException)
            {
                return TooLong(text);
            }

            if (ticks > Max.Ticks)
            {
                return TooLong(text);
            }

            nextUnit = index + 1;
        }

        value = TimeSpan.FromTicks(ticks);
        return null;
    }

    private static string Unexpected(char c) =>
        char.IsWhiteSpace(c) ? "write it without spaces, as in 1d12h" : $"unexpected '{c}'; {UnitsHint}";

    private static string TooLong(string text) => $"'{text}' is too long: a duration may be at most {Format(Max)} (about 10 years)";

    private static string NotADuration(string text, string reason) => $"'{text}' is not a duration: {reason}";
}
