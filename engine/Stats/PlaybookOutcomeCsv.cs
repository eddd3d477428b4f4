using System.Globalization;
using Playbook.Engine.Export;

namespace Playbook.Engine.Stats;

/// <summary>
/// <see cref="PlaybookOutcomes"/> as CSV for a spreadsheet: a row per playbook (<c>step</c> and <c>variant</c>
/// empty), then a row per draft step and variant of it.
/// </summary>
public static class PlaybookOutcomeCsv
{
    private static readonly string[] Header =
    [
        "playbook", "step", "variant", "runs", "drafts_sent", "replied_within_wait", "reply_rate", "conversations", "conversation_rate",
        "conversation_rate_low", "conversation_rate_high", "meetings", "meeting_rate", "collaborations", "collaboration_rate",
    ];

    /// <summary>Writes <paramref name="outcomes"/> to <paramref name="writer"/>; returns how many rows (without the header).</summary>
    public static int Write(TextWriter writer, IReadOnlyList<PlaybookOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcomes);
        CsvLine.Write(writer, Header);
        foreach (var o in outcomes)
        {
            CsvLine.Write(writer,
            [
                o.Playbook, o.Step, o.Variant, Int(o.Runs), Int(o.DraftsSent), Int(o.RepliedWithinWait), Rate(o.ReplyRate.Rate),
                Int(o.Conversations), Rate(o.ConversationRate.Rate), Rate(o.ConversationRate.Low), Rate(o.ConversationRate.High),
                Int(o.Meetings), Rate(o.MeetingRate.Rate), Int(o.Collaborations), Rate(o.CollaborationRate.Rate),
            ]);
        }

        return outcomes.Count;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
