using System.Globalization;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;

namespace Playbook.Engine.Runtime.Replies;

/// <summary>
/// What a reply asks of the runtime, read from what classification stored on it: when an out-of-office's writer is
/// back (their return day plus a few working days, at 09:00 UTC), how a day is shown in the journal and in tasks, and
/// the name and email of the person a referral sends the practice to.
/// </summary>
internal static class ReplyFollowUp
{
    /// <summary>The hour (UTC) a wait that waits for someone's return ends, and a task due on a day is due.</summary>
    public static readonly TimeSpan DueHour = TimeSpan.FromHours(9);

    /// <summary>
    /// The contact's latest out-of-office with a return day, received at or before <paramref name="now"/>, unless a
    /// reply came after it (they are back then); null when they are not away.
    /// </summary>
    public static ContactEvent? LatestAbsence(IReadOnlyList<ContactEvent> history, DateTimeOffset now)
    {
        ContactEvent? absence = null;
        foreach (var e in history)
        {
            if (e.Kind != EventKinds.MessageReceived || e.At > now)
            {
                continue;
            }

            if (IsAutomatic(e) && e.FollowUpOn is not null)
            {
                absence = e;
            }
            else if (absence is not null && ConditionContext.IsReply(e) && e.At >= absence.At)
            {
                absence = null;
            }
        }

        return absence;
    }

    /// <summary>When someone away until <paramref name="returnDay"/> counts as back: that many working days later, at <see cref="DueHour"/>.</summary>
    public static DateTimeOffset BackAt(DateOnly returnDay, int workingDays) => At(AddWorkingDays(returnDay, workingDays));

    /// <summary><paramref name="day"/> at <see cref="DueHour"/>, UTC.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.FromTimeSpan(DueHour)), TimeSpan.Zero);

    /// <summary><paramref name="day"/> moved on by <paramref name="count"/> working days (Monday to Friday).</summary>
    public static DateOnly AddWorkingDays(DateOnly day, int count)
    {
        var result = day;
        for (var left = count; left > 0;)
        {
            result = result.AddDays(1);
            if (result.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return result;
    }

    /// <summary>A day as the journal and tasks show it: <c>Mon 14 Dec</c>, with the year when it is not the year of <paramref name="now"/>.</summary>
    public static string ShowDay(DateOnly day, DateTimeOffset now) =>
        day.ToString(day.Year == now.UtcDateTime.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whether classification capped the return day at a year ahead (its cues say so).</summary>
    public static bool Capped(ContactEvent e) =>
        e.ClassificationReason?.Contains("capped", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// The name and email of a referral as stored (<c>Name</c>, <c>Name &lt;email&gt;</c>, <c>&lt;email&gt;</c>, or
    /// empty for someone not named); each null when not given.
    /// </summary>
    public static (string? Name, string? Email) ParseReferral(string referral)
    {
        var text = referral.Trim();
        string? email = null;
        var open = text.LastIndexOf('<');
        if (open >= 0 && text.EndsWith('>'))
        {
            email = text[(open + 1)..^1].Trim();
            text = text[..open].Trim();
        }
        else if (!text.Contains(' ', StringComparison.Ordinal) && text.Contains('@', StringComparison.Ordinal))
        {
            email = text;
            text = "";
        }

        return (text.Length == 0 ? null : text, string.IsNullOrEmpty(email) ? null : email);
    }

    private static bool IsAutomatic(ContactEvent e) => string.Equals(e.Classification, "auto", StringComparison.Ordinal);
}
