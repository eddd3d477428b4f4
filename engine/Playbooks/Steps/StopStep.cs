namespace Playbook.Engine.Playbooks.Steps;

/// <summary>Ends the run (the <c>stop</c> key, optionally with a reason for the journal).</summary>
public sealed record StopStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Stop;

    /// <summary>Why the run stops, as written, or null.</summary>
    public string? Reason { get; init; }
}
