using System.Globalization;
using Playbook.Engine.Stats;

namespace Playbook.Tui.Presentation;

/// <summary>How <c>stats</c> shows the funnel: as a column of steps, or as a table of groups, with the baseline beside the user's figure.</summary>
internal static class FunnelPrinter
{
    public static void Print(TextWriter output, FunnelReport report)
    {
        if (report.IsEmpty)
        {
            output.WriteLine("No invitations in the store yet, so there is no funnel to show.");
            output.WriteLine("Import an export ('playbook import linkedin PATH') or log one ('playbook event add invitation.received --contact ID').");
            return;
        }

        if (report.By is null)
        {
            PrintSteps(output, report.Total);
        }
        else
        {
            PrintGroups(output, report);
        }

        output.WriteLine();
        output.WriteLine(AgainstBaseline(report.Total));
        if (report.Comparison is { } comparison)
        {
            output.WriteLine(Compare(comparison));
        }
    }

    private static void PrintSteps(TextWriter output, FunnelCounts c)
    {
        var table = new TextTable("STEP", "COUNT", "RATE", "95% INTERVAL", "OF");
        table.Add("Invitations received", c.Invitations, "", "", "");
        table.Add("Personal replies sent", c.PersonalReplies, Percent(c.ReplyRate.Rate), "", "invitations");
        table.Add("Answered", c.Answered, Percent(c.AnswerRate.Rate), Interval(c.AnswerRate), "personal replies");
        table.Add("  brush-offs", c.BrushOffs, Percent(c.BrushOffRate.Rate), "", "personal replies");
        table.Add("  negative", c.Negative, Percent(c.NegativeRate.Rate), "", "personal replies");
        table.Add("Real conversations", c.Conversations, Percent(c.ConversationRate.Rate), Interval(c.ConversationRate), "personal replies");
        table.Add("Meetings", c.Meetings, Percent(c.MeetingRate.Rate), Interval(c.MeetingRate), "personal replies");
        table.Add("Collaborations", c.Collaborations, Percent(c.CollaborationRate.Rate), Interval(c.CollaborationRate), "personal replies");
        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine(c.MedianTimeToFirstReply is { } median
            ? $"Median time to the first answer: {Span(median)} (over {RuntimeText.Count(c.Answered, "answer")})."
            : "Nobody has answered a personal reply yet.");
    }

    private static void PrintGroups(TextWriter output, FunnelReport report)
    {
        var table = new TextTable(
            report.By!.ToUpperInvariant(), "INVITATIONS", "REPLIES SENT", "ANSWERED", "BRUSH-OFFS", "CONVERSATIONS", "95% INTERVAL", "MEETINGS",
            "COLLABORATIONS", "MEDIAN ANSWER");
        foreach (var group in report.Groups)
        {
            Row(table, group.Key, group.Counts);
        }

        Row(table, "all", report.Total);
        table.WriteTo(output);
    }

    private static void Row(TextTable table, string key, FunnelCounts c) => table.Add(
        key,
        c.Invitations,
        WithRate(c.PersonalReplies, c.ReplyRate),
        WithRate(c.Answered, c.AnswerRate),
        WithRate(c.BrushOffs, c.BrushOffRate),
        WithRate(c.Conversations, c.ConversationRate),
        Interval(c.ConversationRate),
        WithRate(c.Meetings, c.MeetingRate),
        WithRate(c.Collaborations, c.CollaborationRate),
        c.MedianTimeToFirstReply is { } median ? Span(median) : "-");

    /// <summary>The user's conversation rate beside the practice's baseline, and what the interval allows one to say.</summary>
    private static string AgainstBaseline(FunnelCounts c)
    {
        var rate = c.ConversationRate;
        var baseline = "the practice's baseline is about " + Percent(Funnel.Baseline);
        if (rate.Of == 0)
        {
            return $"No personal reply sent yet: {baseline} of personal replies becoming a real conversation.";
        }

        var standing = rate.Low > Funnel.Baseline ? "above the baseline"
            : rate.High < Funnel.Baseline ? "below the baseline"
            : "not distinguishable from the baseline yet";
        return $"Real conversations: {Percent(rate.Rate)} of personal replies (95% interval {Interval(rate)}); {baseline}: {standing}.";
    }

    private static string Compare(FunnelComparison comparison)
    {
        var (best, next) = (comparison.Best, comparison.Next);
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"'{best.Key}' turns {Percent(best.Counts.ConversationRate.Rate)} of {RuntimeText.Count(best.Counts.PersonalReplies, "personal reply", "personal replies")} into real conversations, '{next.Key}' {Percent(next.Counts.ConversationRate.Rate)} of {next.Counts.PersonalReplies}");
        var p = comparison.PValue.ToString("0.###", CultureInfo.InvariantCulture);
        return comparison.Significant
            ? $"{figures}: the difference is significant (p = {p}, Fisher's exact test)."
            : $"{figures}: the difference is not significant yet (p = {p}, Fisher's exact test); keep collecting.";
    }

    private static string WithRate(int count, Proportion rate) =>
        rate.Rate is null ? count.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{count} ({Percent(rate.Rate)})");

    internal static string Interval(Proportion rate) =>
        rate is { Low: { } low, High: { } high } ? $"{Percent(low)}–{Percent(high)}" : "";

    internal static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Span(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h"),
        { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalMinutes)} min"),
    };
}
