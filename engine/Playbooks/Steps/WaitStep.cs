namespace Playbook.Engine.Playbooks.Steps;

/// <summary>
/// Holds the run for a time (the <c>wait</c> key), optionally ending it early when something happens
/// (the <c>until</c> key): then the run ends there, as a sequence stops on a reply.
/// </summary>
public sealed record WaitStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Wait;

    /// <summary>How long to wait; more than zero.</summary>
    public required TimeSpan For { get; init; }

    /// <summary>What ends the wait (and the run) early, or null to wait the whole time.</summary>
    public WaitUntil? Until { get; init; }
}
