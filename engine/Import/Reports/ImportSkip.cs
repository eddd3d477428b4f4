namespace Playbook.Engine.Import.Reports;

/// <summary>A row that was not imported, with where it is and why.</summary>
/// <param name="File">The file, as named in the export.</param>
/// <param name="Line">The line in the file where the row starts (1-based).</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record ImportSkip(string File, long Line, string Reason)
{
    /// <summary><c>file(line): reason</c>, the way an import lists its skipped rows; <c>file: reason</c> for a whole file (line 0).</summary>
    public override string ToString() => Line > 0 ? $"{File}({Line}): {Reason}" : $"{File}: {Reason}";
}
