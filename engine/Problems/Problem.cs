namespace Playbook.Engine.Problems;

/// <summary>
/// One thing wrong with a file the user wrote (a playbook, a template, a condition, a script, <c>config.yaml</c>,
/// <c>reply-rules.yaml</c>), with where it is and what to change. Readers collect every problem of a file before
/// reporting, and all of them print the same way: <c>file(line,col): message</c>, the shape compilers print and
/// editors read.
/// </summary>
/// <param name="File">The file, as the path given to the reader (or the name given with its content).</param>
/// <param name="Line">The line, from 1; 0 when the problem is the whole file (it cannot be read, or is misnamed).</param>
/// <param name="Column">The column, from 1, in characters; 0 when the problem is the whole file.</param>
/// <param name="Message">
/// What is wrong, in one line, with a suggestion where one exists (<c>Did you mean 'steps'?</c>). A problem with a
/// <see cref="Code"/> starts with it as compilers write it: <c>error CS0103: The name 'x' does not exist ...</c>.
/// </param>
public sealed record Problem(string File, int Line, int Column, string Message)
{
    /// <summary>The diagnostic's id when a compiler or Playbook's own checks gave one (<c>CS0103</c>, <c>PB0001</c>), else null.</summary>
    public string? Code { get; init; }

    /// <summary>
    /// What the problem belongs to, beyond its file: the name of the template a template file holds, the key of a
    /// condition or a script. The catalog uses it to tie a problem to the playbooks it concerns.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>A problem at <paramref name="at"/>.</summary>
    public static Problem At(SourceLocation at, string message)
    {
        ArgumentNullException.ThrowIfNull(at);
        return new Problem(at.File, at.Line, at.Column, message);
    }

    /// <summary>A problem with the whole of <paramref name="file"/> (line and column 0).</summary>
    public static Problem ForFile(string file, string message) => new(file, 0, 0, message);

    /// <summary>A compiler's diagnostic (or one of Playbook's own, <c>PB0001</c>): its message keeps the id, <c>error CS0103: ...</c>.</summary>
    public static Problem Diagnostic(string file, int line, int column, string code, string message, string? subject = null) =>
        new(file, line, column, $"error {code}: {message}") { Code = code, Subject = subject };

    /// <summary><c>file(line,col): message</c>, or <c>file: message</c> for a problem with the whole file.</summary>
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column}): {Message}" : $"{File}: {Message}";
}
