using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary>What <c>run</c> or <c>tick</c> did, as <c>--json</c> prints it; <c>traces</c> is filled by a dry run only.</summary>
internal sealed record RunReportJson(
    bool DryRun,
    int EventsConsidered,
    int RunsStarted,
    int RunsResumed,
    int Drafts,
    int Tasks,
    int Waiting,
    int Done,
    int Stopped,
    int Failed,
    RunReportJson.SkippedJson Skipped,
    int Held,
    IReadOnlyList<RunReportJson.FailureJson> Failures,
    IReadOnlyList<RunReportJson.TraceJson> Traces)
{
    public static RunReportJson From(RunReport report) => new(
        report.DryRun,
        report.EventsConsidered,
        report.RunsStarted,
        report.RunsResumed,
        report.Drafts,
        report.Tasks,
        report.Waiting,
        report.Done,
        report.Stopped,
        report.Failures.Count,
        new SkippedJson(report.SkippedAnswered, report.SkippedByWhen, report.SkippedDoNotContact, report.SkippedByAge, report.SkippedInsteadOf),
        report.Held,
        [.. report.Failures.Select(f => new FailureJson(f.RunId, f.ContactId, f.Contact, f.Playbook, f.Step, f.Reason))],
        [.. report.Traces.Select(t => new TraceJson(
            RunJson.From(t.Run),
            t.ContactName,
            [.. t.Journal.Select(JournalEntryJson.From)],
            [.. t.Drafts.Select(DraftJson.From)],
            [.. t.Tasks.Select(TaskJson.From)]))]);

    /// <summary>
    /// Events that started no run: the invitation was answered, <c>when</c> was false, the contact is not to be
    /// contacted, the event is older than the playbook's <c>max_age</c>, another playbook runs instead (<c>instead_of</c>).
    /// </summary>
    internal sealed record SkippedJson(int Answered, int When, int DoNotContact, int MaxAge, int InsteadOf);

    internal sealed record FailureJson(long RunId, long ContactId, string Contact, string Playbook, string? Step, string Reason);

    internal sealed record TraceJson(RunJson Run, string Contact, IReadOnlyList<JournalEntryJson> Journal, IReadOnlyList<DraftJson> Drafts, IReadOnlyList<TaskJson> Tasks);
}
