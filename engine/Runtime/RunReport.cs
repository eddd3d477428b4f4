namespace Playbook.Engine.Runtime;

/// <summary>What a <c>run</c> or <c>tick</c> did, counted.</summary>
public sealed record RunReport
{
    /// <summary>Whether it was a dry run (nothing was kept).</summary>
    public bool DryRun { get; init; }

    /// <summary>Events that were looked at: younger than their playbook's <c>max_age</c> and without a run of it yet.</summary>
    public int EventsConsidered { get; init; }

    /// <summary>Runs started.</summary>
    public int RunsStarted { get; init; }

    /// <summary>Runs that were already under way and moved on: woken, released by a draft, ended by a reply.</summary>
    public int RunsResumed { get; init; }

    /// <summary>Drafts written.</summary>
    public int Drafts { get; init; }

    /// <summary>Tasks created.</summary>
    public int Tasks { get; init; }

    /// <summary>Runs that ended the command waiting (for a draft to be sent, or until a time).</summary>
    public int Waiting { get; init; }

    /// <summary>Runs that finished.</summary>
    public int Done { get; init; }

    /// <summary>Runs that were stopped.</summary>
    public int Stopped { get; init; }

    /// <summary>Events skipped because the user already answered the invitation.</summary>
    public int SkippedAnswered { get; init; }

    /// <summary>Events skipped because the playbook's <c>when</c> was false.</summary>
    public int SkippedByWhen { get; init; }

    /// <summary>Events skipped because the contact is tagged <c>do-not-contact</c>.</summary>
    public int SkippedDoNotContact { get; init; }

    /// <summary>
    /// Events of a playbook's trigger, with no run of it, that are older than its <c>max_age</c>: history, which starts
    /// nothing (<c>playbook why</c> shows each with its age).
    /// </summary>
    public int SkippedByAge { get; init; }

    /// <summary>
    /// Events a playbook left to another that runs instead of it (<c>instead_of</c>), because that one's <c>when</c>
    /// matched them or it already ran for them.
    /// </summary>
    public int SkippedInsteadOf { get; init; }

    /// <summary>Runs that failed, with why.</summary>
    public IReadOnlyList<RunFailure> Failures { get; init; } = [];

    /// <summary>Runs whose playbook is not loaded (removed, or failing <c>check</c>): left as they are.</summary>
    public int Held { get; init; }

    /// <summary>In a dry run, what each run would do; empty otherwise.</summary>
    public IReadOnlyList<RunTrace> Traces { get; init; } = [];
}
