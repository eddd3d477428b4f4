using Playbook.Engine.Time;

namespace Playbook.Engine.Analysis.Replies.Dates;

/// <summary>A date read from a reply made into the day to write again: never past, at most a year ahead, a working day.</summary>
internal static class FollowUpDay
{
    /// <summary>
    /// The working day on or after <paramref name="date"/>; null when it is before the message; a year after the
    /// message when it is further, with the day asked for in <c>Capped</c>.
    /// </summary>
    public static (DateOnly? Day, DateOnly? Capped) Of(DateOnly? date, DateOnly message)
    {
        if (date is not { } day || day < message)
        {
            return (null, null);
        }

        var limit = message.AddYears(1);
        return day > limit ? (WorkingDays.OnOrAfter(limit), day) : (WorkingDays.OnOrAfter(day), null);
    }
}
