namespace Playbook.Engine.Runtime;

/// <summary>The counts of a command as it goes; <see cref="ToReport"/> freezes them.</summary>
internal sealed class ReportCounter
{
    public int EventsConsidered;
    public int RunsStarted;
    public int RunsResumed;
    public int Drafts;
    public int Tasks;
    public int SkippedAnswered;
    public int SkippedByWhen;
    public int SkippedDoNotContact;
    public int SkippedByAge;
    public int SkippedInsteadOf;
    public int Held;
    public readonly List<RunFailure> Failures = [];

    /// <summary>The state each run this command started or moved on was left in: to count them, and trace them in a dry run.</summary>
    public readonly Dictionary<long, string> States = [];

    public void Note(RunWork work) => States[work.Run.Id] = work.Run.State;

    public RunReport ToReport(bool dryRun, int waiting, int done, int stopped, IReadOnlyList<RunTrace> traces) => new()
    {
        DryRun = dryRun,
        EventsConsidered = EventsConsidered,
        RunsStarted = RunsStarted,
        RunsResumed = RunsResumed,
        Drafts = Drafts,
        Tasks = Tasks,
        Waiting = waiting,
        Done = done,
        Stopped = stopped,
        SkippedAnswered = SkippedAnswered,
        SkippedByWhen = SkippedByWhen,
        SkippedDoNotContact = SkippedDoNotContact,
        SkippedByAge = SkippedByAge,
        SkippedInsteadOf = SkippedInsteadOf,
        Held = Held,
        Failures = [.. Failures],
        Traces = traces,
    };
}
