namespace Playbook.Engine.Analysis;

/// <summary>A goal of the me-profile that the contact serves.</summary>
/// <param name="Name">The goal's name, as written in <c>config.yaml</c>.</param>
/// <param name="Propose">What to propose (<c>a call</c>, <c>a coffee</c>, ...), or null.</param>
/// <param name="Words">The contact's words that matched the goal's keywords, in order found.</param>
public sealed record GoalMatch(string Name, string? Propose, IReadOnlyList<string> Words)
{
    /// <summary>The goal's keywords those words met, as <c>config.yaml</c> writes them, in the same order.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
