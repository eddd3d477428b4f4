using System.Globalization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// The text of the task that comes due the day before a planned meeting: when and what it is, and what the person
/// knows of the contact, on one line (a task is one line in <c>tasks</c> and the desk):
/// <c>Meeting with Ana López tomorrow, Tue 8 Dec 10:00 (Europe/Madrid) — Roadmap review. In common: Shopify, Madrid.
/// Goals: find clients (e-commerce). Last messages: 28 Nov in "Sounds good, Tuesday?"; 27 Nov out "Happy to…". Open drafts: 1 (welcome).</c>
/// </summary>
internal static class MeetingBrief
{
    /// <summary>How many of the last messages the brief quotes.</summary>
    public const int Messages = 3;

    private const int Quote = 60;

    /// <summary>The brief of a meeting at <paramref name="start"/> titled <paramref name="title"/>, shown in <paramref name="zone"/>.</summary>
    /// <param name="contact">Who the meeting is with.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="title">Its title, or null.</param>
    /// <param name="zone">The time zone the person reads times in.</param>
    /// <param name="analysis">What the contact and the me-profile have in common.</param>
    /// <param name="history">The contact's events up to now, oldest first.</param>
    /// <param name="openDrafts">The playbooks of the contact's pending drafts.</param>
    public static string Of(
        Contact contact, DateTimeOffset start, string? title, TimeZoneInfo zone, ContactAnalysis analysis, IReadOnlyList<ContactEvent> history,
        IReadOnlyList<string> openDrafts)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var text = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Meeting with {contact.FullName} tomorrow, {local:ddd d MMM HH:mm} ({zone.Id}){(string.IsNullOrWhiteSpace(title) ? "" : " — " + OneLine(title))}."),
            Common(analysis),
        };
        if (analysis.Goals.Count > 0)
        {
            text.Add("Goals: " + string.Join("; ", analysis.Goals.Select(g => g.Words.Count == 0 ? g.Name : $"{g.Name} ({string.Join(", ", g.Words.Take(3))})")) + ".");
        }

        var messages = history.Where(e => e.Kind is EventKinds.MessageSent or EventKinds.MessageReceived).TakeLast(Messages).Reverse().ToList();
        text.Add(messages.Count == 0
            ? "No messages yet."
            : "Last messages: " + string.Join("; ", messages.Select(m => string.Create(CultureInfo.InvariantCulture,
                $"{TimeZoneInfo.ConvertTime(m.At, zone):d MMM} {(m.Kind == EventKinds.MessageReceived ? "in" : "out")}{(m.Channel is null ? "" : " " + m.Channel)} \"{Shorten(m.Body)}\""))) + ".");
        text.Add(openDrafts.Count == 0
            ? "Open drafts: none."
            : string.Create(CultureInfo.InvariantCulture, $"Open drafts: {openDrafts.Count} ({string.Join(", ", openDrafts.Distinct(StringComparer.Ordinal))})."));
        return string.Join(" ", text);
    }

    private static string Common(ContactAnalysis analysis)
    {
        if (analysis.CommonGround.Count > 0)
        {
            return "In common: " + string.Join(", ", analysis.CommonGround.Take(5)) + ".";
        }

        return analysis.TooLittleData ? "Too little is known of them to find common ground." : "Nothing in common found.";
    }

    private static string Shorten(string? body)
    {
        var line = OneLine(body ?? "");
        if (line.Length <= Quote)
        {
            return line;
        }

        // Cut at a word's end, unless that leaves too little.
        var cut = line.LastIndexOf(' ', Quote - 1);
        return line[..(cut > Quote / 2 ? cut : Quote - 1)].TrimEnd() + "…";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
