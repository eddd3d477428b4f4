namespace Playbook.Engine.Import.Reports;

/// <summary>How far an import is: the file being read and how many of its rows are done.</summary>
/// <param name="File">The file being read.</param>
/// <param name="Rows">Rows done in that file.</param>
/// <param name="Fraction">How much of the file has been read, from 0 to 1, when its size is known.</param>
public sealed record ImportProgress(string File, long Rows, double? Fraction);
