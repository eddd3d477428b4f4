using Playbook.Engine.Stats;

namespace Playbook.Tui.Cli;

/// <summary>The funnel as <c>stats --json</c> prints it.</summary>
internal sealed record FunnelJson(
    string? By, bool Empty, double Baseline, FunnelCountsJson Total, IReadOnlyList<FunnelCountsJson> Groups, FunnelComparisonJson? Comparison,
    IReadOnlyList<PlaybookOutcomeJson>? Playbooks)
{
    /// <param name="report">The invitation funnel.</param>
    /// <param name="playbooks">With <c>--by playbook</c>, what every playbook's sent drafts led to; else null.</param>
    public static FunnelJson From(FunnelReport report, IReadOnlyList<PlaybookOutcome>? playbooks = null) => new(
        report.By,
        report.IsEmpty,
        Funnel.Baseline,
        FunnelCountsJson.From("all", report.Total),
        [.. report.Groups.Select(g => FunnelCountsJson.From(g.Key, g.Counts))],
        report.Comparison is { } c ? new FunnelComparisonJson(c.Best.Key, c.Next.Key, Math.Round(c.PValue, 4), c.Significant) : null,
        playbooks is null ? null : [.. playbooks.Select(PlaybookOutcomeJson.From)]);
}

/// <summary>One row of <c>stats --by playbook</c>'s playbooks: a playbook (step and variant null), or one draft step and variant of it.</summary>
internal sealed record PlaybookOutcomeJson(
    string Playbook, string? Step, string? Variant, int Runs, int DraftsSent, int RepliedWithinWait, int Conversations, int Meetings, int Collaborations,
    double? ReplyRate, double? ConversationRate, IntervalJson? ConversationInterval, double? MeetingRate, double? CollaborationRate)
{
    public static PlaybookOutcomeJson From(PlaybookOutcome o) => new(
        o.Playbook, o.Step, o.Variant, o.Runs, o.DraftsSent, o.RepliedWithinWait, o.Conversations, o.Meetings, o.Collaborations,
        Round(o.ReplyRate.Rate), Round(o.ConversationRate.Rate),
        o.ConversationRate is { Low: { } low, High: { } high } ? new IntervalJson(Round(low)!.Value, Round(high)!.Value) : null,
        Round(o.MeetingRate.Rate), Round(o.CollaborationRate.Rate));

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}

/// <summary>One funnel (a group's or the total): counts, rates (null when there is nothing to divide by) and the conversation rate's 95% interval.</summary>
internal sealed record FunnelCountsJson(
    string Key,
    int Invitations,
    int PersonalReplies,
    int Answered,
    int BrushOffs,
    int Negative,
    int Conversations,
    int Meetings,
    int Collaborations,
    FunnelRatesJson Rates,
    IntervalJson? ConversationInterval,
    double? MedianHoursToFirstReply)
{
    public static FunnelCountsJson From(string key, FunnelCounts c) => new(
        key, c.Invitations, c.PersonalReplies, c.Answered, c.BrushOffs, c.Negative, c.Conversations, c.Meetings, c.Collaborations,
        new FunnelRatesJson(
            Round(c.ReplyRate.Rate), Round(c.AnswerRate.Rate), Round(c.BrushOffRate.Rate), Round(c.NegativeRate.Rate),
            Round(c.ConversationRate.Rate), Round(c.MeetingRate.Rate), Round(c.CollaborationRate.Rate)),
        c.ConversationRate is { Low: { } low, High: { } high } ? new IntervalJson(Round(low)!.Value, Round(high)!.Value) : null,
        c.MedianTimeToFirstReply is { } median ? Math.Round(median.TotalHours, 1) : null);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}

/// <summary>Rates: personal replies of invitations; every other of personal replies.</summary>
internal sealed record FunnelRatesJson(
    double? PersonalReplies, double? Answered, double? BrushOffs, double? Negative, double? Conversations, double? Meetings, double? Collaborations);

internal sealed record IntervalJson(double Low, double High);

internal sealed record FunnelComparisonJson(string Best, string Next, double PValue, bool Significant);
