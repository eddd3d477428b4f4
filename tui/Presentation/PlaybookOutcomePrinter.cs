using System.Globalization;
using Playbook.Engine.Stats;

namespace Playbook.Tui.Presentation;

/// <summary>How <c>stats --by playbook</c> shows what every playbook's sent drafts led to, step and variant under each playbook.</summary>
internal static class PlaybookOutcomePrinter
{
    public static void Print(TextWriter output, IReadOnlyList<PlaybookOutcome> outcomes)
    {
        output.WriteLine("What each playbook's sent drafts led to (every playbook, whatever starts it):");
        if (outcomes.Count == 0)
        {
            output.WriteLine("No draft has been marked sent yet ('playbook draft sent ID').");
            return;
        }

        var table = new TextTable("PLAYBOOK", "STEP", "VARIANT", "RUNS", "DRAFTS SENT", "REPLIED IN WAIT", "CONVERSATIONS", "95% INTERVAL", "MEETINGS", "COLLABORATIONS");
        foreach (var o in outcomes)
        {
            table.Add(
                o.Step is null ? o.Playbook : "",
                o.Step ?? "",
                o.Variant ?? "",
                o.Runs,
                o.DraftsSent,
                WithRate(o.RepliedWithinWait, o.ReplyRate),
                WithRate(o.Conversations, o.ConversationRate),
                FunnelPrinter.Interval(o.ConversationRate),
                WithRate(o.Meetings, o.MeetingRate),
                WithRate(o.Collaborations, o.CollaborationRate));
        }

        table.WriteTo(output);
        output.WriteLine("Replies count within the wait that follows each draft; conversations, meetings and collaborations count runs, after their first draft sent.");
    }

    private static string WithRate(int count, Proportion rate) =>
        rate.Rate is null ? count.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{count} ({FunnelPrinter.Percent(rate.Rate)})");
}
