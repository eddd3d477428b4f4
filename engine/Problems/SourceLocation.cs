namespace Playbook.Engine.Problems;

/// <summary>Where something is in a file the user wrote (a playbook, a script, a template): 1-based line and column.</summary>
/// <param name="File">The file, as the path given to the reader (or the name given with its content).</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, counted in characters.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary><c>file(line,col)</c>, the shape compilers and editors understand.</summary>
    public override string ToString() => $"{File}({Line},{Column})";
}
