namespace Playbook.Engine.Problems;

/// <summary>One thing wrong with a template file, with where it is and what to change.</summary>
/// <param name="File">The file, as the path the library was given.</param>
/// <param name="Line">The line, from 1; 0 when the problem is the whole file (it cannot be read, or is misnamed).</param>
/// <param name="Column">The column, from 1; 0 when the problem is the whole file.</param>
/// <param name="Message">What is wrong, in one line, with a suggestion where one exists.</param>
/// <param name="Template">The name of the template the file holds, when its name could be read.</param>
public sealed record TemplateProblem(string File, int Line, int Column, string Message, string? Template)
{
    /// <summary><c>file(line,col): message</c>, or <c>file: message</c> for a problem with the whole file.</summary>
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column}): {Message}" : $"{File}: {Message}";
}
