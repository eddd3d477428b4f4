using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// What loading playbook files gave: a definition for every valid file, and every problem of every other file.
/// A file with any problem gives no definition.
/// </summary>
public sealed record LoadResult
{
    /// <summary>Nothing loaded, nothing wrong.</summary>
    public static LoadResult Empty { get; } = new();

    /// <summary>The valid playbooks, in the order their files were read.</summary>
    public IReadOnlyList<PlaybookDefinition> Playbooks { get; init; } = [];

    /// <summary>Every problem found, file by file in reading order, by position within a file.</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>The files with problems, each with the playbook name it claims (see <see cref="RejectedPlaybook"/>).</summary>
    public IReadOnlyList<RejectedPlaybook> Rejected { get; init; } = [];

    /// <summary>The conditions and remind texts of the files with problems, to check with the others (see <see cref="Loading.RejectedParts"/>).</summary>
    public IReadOnlyList<RejectedParts> RejectedParts { get; init; } = [];

    /// <summary>Whether any file had a problem (what <c>playbook check</c> exits 1 for).</summary>
    public bool HasProblems => Problems.Count > 0;
}
