namespace Playbook.Engine.Time;

/// <summary>
/// Date arithmetic that cannot overflow: an instant plus or minus a duration, held at the last (or first) instant .NET
/// can hold rather than thrown. A wait of <see cref="Duration.Max"/> from a clock set near the year 9999 (<c>--now</c>)
/// then wakes at the end of time, and the run goes on instead of failing with a date error.
/// </summary>
internal static class Instants
{
    /// <summary><paramref name="at"/> + <paramref name="span"/> in UTC, or the last (first) instant when that is beyond it.</summary>
    public static DateTimeOffset Plus(DateTimeOffset at, TimeSpan span)
    {
        var ticks = at.UtcTicks;
        if (span.Ticks > 0 && ticks > DateTimeOffset.MaxValue.UtcTicks - span.Ticks)
        {
            return DateTimeOffset.MaxValue;
        }

        if (span.Ticks < 0 && ticks < DateTimeOffset.MinValue.UtcTicks - span.Ticks)
        {
            return DateTimeOffset.MinValue;
        }

        return new DateTimeOffset(ticks + span.Ticks, TimeSpan.Zero);
    }

    /// <summary><paramref name="at"/> − <paramref name="span"/> in UTC, or the first (last) instant when that is beyond it.</summary>
    public static DateTimeOffset Minus(DateTimeOffset at, TimeSpan span) =>
        span == TimeSpan.MinValue ? DateTimeOffset.MaxValue : Plus(at, -span);
}
