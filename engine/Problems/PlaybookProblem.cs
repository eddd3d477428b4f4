namespace Playbook.Engine.Problems;

/// <summary>One thing wrong with a playbook file, with where it is and what to change.</summary>
/// <param name="File">The file, as the path given to the loader.</param>
/// <param name="Line">The line, from 1; 0 when the problem is the whole file (it cannot be read).</param>
/// <param name="Column">The column, from 1; 0 when the problem is the whole file.</param>
/// <param name="Message">What is wrong, in one line, with a suggestion where one exists.</param>
public sealed record PlaybookProblem(string File, int Line, int Column, string Message)
{
    /// <summary>A template's problem (in a template file, or in a text written inside a playbook), with the same text.</summary>
    public static PlaybookProblem From(TemplateProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new PlaybookProblem(problem.File, problem.Line, problem.Column, problem.Message);
    }

    /// <summary>
    /// A condition's problem, with the same text: the message keeps the compiler's code, so the problem still
    /// prints as <c>file(line,col): error CS0103: ...</c>.
    /// </summary>
    public static PlaybookProblem From(ConditionProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new PlaybookProblem(problem.File, problem.Line, problem.Column, $"error {problem.Code}: {problem.Message}");
    }

    /// <summary><c>file(line,col): message</c>, or <c>file: message</c> for a problem with the whole file.</summary>
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column}): {Message}" : $"{File}: {Message}";
}
