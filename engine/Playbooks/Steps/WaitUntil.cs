using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Steps;

/// <summary>What ends a wait early: a reply, any interaction, a C# condition that comes true, or the contact's return from an out-of-office.</summary>
public sealed record WaitUntil
{
    /// <summary>Which of the four it is.</summary>
    public required WaitUntilKind Kind { get; init; }

    /// <summary>The condition when <see cref="Kind"/> is <see cref="WaitUntilKind.Condition"/>; otherwise null.</summary>
    public Expression? Condition { get; init; }

    /// <summary>Where the <c>until</c> value is in the file.</summary>
    public required SourceLocation Location { get; init; }
}
