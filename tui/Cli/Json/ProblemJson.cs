using Playbook.Engine.Problems;

namespace Playbook.Tui.Cli;

/// <summary>A problem as <c>check --json</c> prints it; line and column are 0 for a problem with the whole file.</summary>
internal sealed record ProblemJson(string File, int Line, int Column, string Message)
{
    public static ProblemJson From(Problem problem) => new(problem.File, problem.Line, problem.Column, problem.Message);
}
