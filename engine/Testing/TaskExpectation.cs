using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>A task a step must create: its playbook, contact, words and due time, each optional.</summary>
internal sealed record TaskExpectation
{
    public required SourceLocation At { get; init; }

    public Located<string>? Playbook { get; init; }

    public Located<string>? Contact { get; init; }

    public IReadOnlyList<Located<string>> Contains { get; init; } = [];

    /// <summary>How long after the step's time the task is due.</summary>
    public Located<TimeSpan>? DueIn { get; init; }
}
