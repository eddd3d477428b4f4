using System.Globalization;
using Playbook.Engine.Export;

namespace Playbook.Engine.Stats;

/// <summary>The funnel as CSV for a spreadsheet: one row per group and a last row <c>all</c> for every invitation.</summary>
public static class FunnelCsv
{
    private static readonly string[] Header =
    [
        "group", "invitations", "personal_replies", "answered", "brush_offs", "negative", "conversations", "meetings", "collaborations",
        "reply_rate", "answer_rate", "brush_off_rate", "conversation_rate", "conversation_rate_low", "conversation_rate_high",
        "meeting_rate", "collaboration_rate", "median_hours_to_first_reply", "baseline_conversation_rate",
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>; returns how many rows (without the header).</summary>
    public static int Write(TextWriter writer, FunnelReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        CsvLine.Write(writer, Header);
        foreach (var group in report.Groups)
        {
            CsvLine.Write(writer, Row(group.Key, group.Counts));
        }

        CsvLine.Write(writer, Row("all", report.Total));
        return report.Groups.Count + 1;
    }

    private static IEnumerable<string?> Row(string key, FunnelCounts c) =>
    [
        key, Int(c.Invitations), Int(c.PersonalReplies), Int(c.Answered), Int(c.BrushOffs), Int(c.Negative), Int(c.Conversations),
        Int(c.Meetings), Int(c.Collaborations), Rate(c.ReplyRate.Rate), Rate(c.AnswerRate.Rate), Rate(c.BrushOffRate.Rate),
        Rate(c.ConversationRate.Rate), Rate(c.ConversationRate.Low), Rate(c.ConversationRate.High), Rate(c.MeetingRate.Rate),
        Rate(c.CollaborationRate.Rate), c.MedianTimeToFirstReply is { } median ? median.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) : "",
        Rate(Funnel.Baseline),
    ];

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
