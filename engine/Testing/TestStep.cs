using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>
/// One step of a test: move the clock (<see cref="After"/> or <see cref="At"/>), then do at most one action, then check
/// <see cref="Expect"/>.
/// </summary>
internal sealed record TestStep
{
    public required SourceLocation Where { get; init; }

    public TimeSpan? After { get; init; }

    public DateTimeOffset? At { get; init; }

    /// <summary>One of <see cref="TestActions"/>, or null for a step that only moves the clock and checks.</summary>
    public string? Action { get; init; }

    public SourceLocation? ActionAt { get; init; }

    /// <summary>The playbooks a <c>run</c> step names; empty for every one.</summary>
    public IReadOnlyList<string> Playbooks { get; init; } = [];

    public DraftSelector? Draft { get; init; }

    public TestEvent? Event { get; init; }

    public TestExpectations? Expect { get; init; }
}
