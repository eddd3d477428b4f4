using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Time;

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
    public static DateTimeOffset BackAt(DateOnly returnDay, int workingDays) => At(WorkingDays.Add(returnDay, workingDays));

    /// <summary><paramref name="day"/> at <see cref="DueHour"/>, UTC.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.FromTimeSpan(DueHour)), TimeSpan.Zero);

    /// <summary>A day as the journal and tasks show it: <c>Mon 14 Dec</c>, with the year when it is not the year of <paramref name="now"/>.</summary>
    public static string ShowDay(DateOnly day, DateTimeOffset now) =>
        day.ToString(day.Year == now.UtcDateTime.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whether classification capped the return day at a year ahead (its cues say so).</summary>
    public static bool Capped(ContactEvent e) =>
        e.ClassificationReason?.Contains("capped", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// How a task says what day <paramref name="e"/> asked for, in the reply's own terms: the month (<c>January</c>)
    /// when it named one and the day falls early in it, the quarter (<c>Q1</c>), <c>in two weeks</c>, <c>next week</c>;
    /// else the day itself (<c>Mon 14 Dec</c>).
    /// </summary>
    public static string AskedFor(ContactEvent e, DateOnly day, DateTimeOffset now)
    {
        var text = NameKey.Of(e.Body + " " + e.ClassificationReason);
        if (day.Day <= 7)
        {
            var quarter = (day.Month - 1) / 3 + 1;
            if (day.Month % 3 == 1 && (text.Contains($"q{quarter}", StringComparison.Ordinal) || text.Contains("trimestre", StringComparison.Ordinal)
                || text.Contains("quarter", StringComparison.Ordinal)))
            {
                return $"Q{quarter}";
            }

            if (MonthNames[day.Month - 1].Any(name => ContainsWord(text, name)))
            {
                return CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month);
            }
        }

        if (WeekWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return TwoWeekWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? "in two weeks" : "next week";
        }

        return ShowDay(day, now);
    }

    private static readonly string[][] MonthNames =
    [
        ["january", "enero"], ["february", "febrero"], ["march", "marzo"], ["april", "abril"], ["may", "mayo"], ["june", "junio"],
        ["july", "julio"], ["august", "agosto"], ["september", "septiembre", "setiembre"], ["october", "octubre"],
        ["november", "noviembre"], ["december", "diciembre"],
    ];

    private static readonly string[] WeekWords = ["week", "semana"];

    private static readonly string[] TwoWeekWords = ["two weeks", "couple of weeks", "2 weeks", "dos semanas", "par de semanas", "15 dias", "quince dias"];

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAutomatic(ContactEvent e) => string.Equals(e.Classification, "auto", StringComparison.Ordinal);
}
