using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>
/// Where the latest run of a playbook (for a contact, when named) stands: its state (or <c>none</c>: no run at all),
/// the step it is at, and how long until it wakes.
/// </summary>
internal sealed record RunExpectation
{
    /// <summary>The state that says there must be no run.</summary>
    public const string None = "none";

    public required SourceLocation At { get; init; }

    public required Located<string> Playbook { get; init; }

    public Located<string>? Contact { get; init; }

    public Located<string>? State { get; init; }

    public Located<string>? Step { get; init; }

    /// <summary>How long after the step's time the run wakes.</summary>
    public Located<TimeSpan>? WakeIn { get; init; }
}
