using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>A draft a step must write: each property given must hold, the others may be anything.</summary>
internal sealed record DraftExpectation
{
    public required SourceLocation At { get; init; }

    public Located<string>? Playbook { get; init; }

    public Located<string>? Step { get; init; }

    public Located<string>? Contact { get; init; }

    public Located<string>? Template { get; init; }

    public Located<string>? Variant { get; init; }

    public Located<string>? Language { get; init; }

    public Located<string>? Channel { get; init; }

    public IReadOnlyList<Located<string>> Contains { get; init; } = [];

    public IReadOnlyList<Located<string>> NotContains { get; init; } = [];

    /// <summary>How a message names the draft: <c>welcome/nudge for maria</c>.</summary>
    public string Describe() =>
        $"{Playbook?.Value ?? "any playbook"}/{Step?.Value ?? "any step"}{(Contact is null ? "" : $" for {Contact.Value}")}";
}
