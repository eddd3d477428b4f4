using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// What reading one file gave: a definition when it has no problems; otherwise the name it claims (when there is one)
/// and the parts still to check.
/// </summary>
internal sealed record ParsedPlaybook(PlaybookDefinition? Definition, string? Name, IReadOnlyList<Problem> Problems)
{
    /// <summary>The conditions and remind texts of a file with problems, or null.</summary>
    public RejectedParts? Parts { get; init; }
}
