namespace Playbook.Engine.Playbooks.Steps;

/// <summary>Removes tags from the contact (the <c>untag</c> key: one tag or a list).</summary>
public sealed record UntagStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Untag;

    /// <summary>The tags, in their stored form (trimmed, lower-case), each once.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
}
