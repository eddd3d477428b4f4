using Playbook.Engine.Problems;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>A rules file that cannot be used: every problem it has, each as <c>file(line,col): message</c> on a line of its own.</summary>
public sealed class ReplyRulesException(IReadOnlyList<Problem> problems)
    : Exception(string.Join('\n', problems))
{
    /// <summary>Every problem of the file, in file order.</summary>
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
