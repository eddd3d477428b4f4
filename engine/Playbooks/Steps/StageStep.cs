namespace Playbook.Engine.Playbooks.Steps;

/// <summary>Moves the contact to a stage (the <c>stage</c> key).</summary>
public sealed record StageStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Stage;

    /// <summary>One of <see cref="Contacts.Stages.All"/>.</summary>
    public required string Stage { get; init; }
}
