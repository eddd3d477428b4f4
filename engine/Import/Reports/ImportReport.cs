namespace Playbook.Engine.Import.Reports;

/// <summary>What an import did, file by file.</summary>
public sealed record ImportReport(string Source, IReadOnlyList<FileReport> Files)
{
    /// <summary>Whether some file could not be imported at all.</summary>
    public bool HasFailedFiles => Files.Any(f => !f.Succeeded);

    /// <summary>Every skipped row of every file.</summary>
    public IEnumerable<ImportSkip> Skips => Files.SelectMany(f => f.Skips);
}
