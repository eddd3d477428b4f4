using Playbook.Engine.Replay;

namespace Playbook.Tui.Cli;

/// <summary>What <c>replay --json</c> prints: the span replayed, the figures per playbook and per month, and every draft.</summary>
internal sealed record ReplayReportJson(
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Passes,
    IReadOnlyList<ReplayReportJson.TotalsJson> Playbooks,
    IReadOnlyList<ReplayReportJson.MonthJson> Months,
    IReadOnlyList<ReplayReportJson.DraftJson> Drafts)
{
    public static ReplayReportJson Of(ReplayReport report) => new(
        report.Since,
        report.Until,
        report.From,
        report.To,
        report.Passes,
        [.. report.Totals.Select(t => new TotalsJson(t.Playbook, t.Runs, t.Drafts, t.Tasks, t.EndedByReply, t.Done, t.Waiting, t.Stopped, t.Failed))],
        [.. report.Months.Select(m => new MonthJson(m.Month, m.Drafts))],
        [.. report.Drafts.Select(d => new DraftJson(d.ContactId, d.Contact, d.Playbook, d.Step, d.CreatedAt, d.Language, d.Body))]);

    /// <summary>One playbook's figures.</summary>
    internal sealed record TotalsJson(string Name, int Runs, int Drafts, int Tasks, int EndedByReply, int Done, int Waiting, int Stopped, int Failed);

    /// <summary>Drafts written in one month.</summary>
    internal sealed record MonthJson(string Month, int Drafts);

    /// <summary>One draft; <c>contactId</c> is the throwaway store's, so it is no key into the user's store.</summary>
    internal sealed record DraftJson(long ContactId, string Contact, string Playbook, string Step, DateTimeOffset CreatedAt, string? Language, string Body);
}
