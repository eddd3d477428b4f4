namespace Playbook.Engine.Playbooks.Steps;

/// <summary>Adds tags to the contact (the <c>tag</c> key: one tag or a list).</summary>
public sealed record TagStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Tag;

    /// <summary>The tags, in their stored form (trimmed, lower-case), each once.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
}
