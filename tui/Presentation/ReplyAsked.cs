using System.Globalization;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;
using Playbook.Engine.Time;

namespace Playbook.Tui.Presentation;

/// <summary>
/// What a reply asked for, in a few words for a list: <c>back 14 Dec</c> (an out-of-office's return), <c>later:
/// January</c> or <c>later: Mon 14 Dec</c> (the day a reply asked to be written to again), <c>→ Marta Vidal</c> (the
/// person it referred to). English names, whatever the machine's culture, like the rest of the desk.
/// </summary>
internal static class ReplyAsked
{
    /// <summary>The words, or empty when the reply asked for nothing.</summary>
    public static string Note(ContactEvent reply)
    {
        var parts = new List<string>(2);
        if (reply.FollowUpOn is { } day)
        {
            parts.Add(reply.Classification == "auto" ? "back " + Day(day) : "later: " + Later(day));
        }

        if (reply.Referral is { } referral)
        {
            parts.Add("→ " + (Person(referral).Name ?? "(no name)"));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The person of a stored referral, each part null when not given.</summary>
    public static (string? Name, string? Email) Person(string referral) => ReplyReferral.Parse(referral);

    /// <summary><c>14 Dec</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The month's name when <paramref name="day"/> is its first working day ("write me in January" is read as that
    /// day), else the day with its weekday: <c>Mon 14 Dec</c>.
    /// </summary>
    public static string Later(DateOnly day) =>
        WorkingDays.IsFirstOfMonth(day) ? day.ToString("MMMM", CultureInfo.InvariantCulture) : day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
