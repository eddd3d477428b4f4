namespace Playbook.Engine.Import.Csv;

/// <summary>One CSV record and the line of the file it starts on.</summary>
internal readonly record struct CsvRecord(long Line, string[] Fields)
{
    /// <summary>Whether every field is blank (a blank line, or a row of empty cells).</summary>
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
