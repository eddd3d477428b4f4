using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>Which pending draft a <c>sent</c> or <c>discard</c> step decides: by playbook, step and contact, each optional.</summary>
internal sealed record DraftSelector(SourceLocation At, string? Playbook, string? Step, string? Contact)
{
    /// <summary>How a message names the draft sought: <c>welcome/nudge for maria</c>.</summary>
    public string Describe() =>
        $"{Playbook ?? "any playbook"}/{Step ?? "any step"}{(Contact is null ? "" : $" for {Contact}")}";
}
