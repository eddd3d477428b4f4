namespace Playbook.Engine.Import.Reports;

/// <summary>What an import did, file by file.</summary>
public sealed record ImportReport(string Source, IReadOnlyList<FileReport> Files)
{
    /// <summary>
    /// The contacts already stored that the import changed (new facts, new messages or invitations): their pending
    /// drafts may be written again with what is now known.
    /// </summary>
    public IReadOnlyCollection<long> ChangedContacts { get; init; } = [];

    /// <summary>Whether some file could not be imported at all.</summary>
    public bool HasFailedFiles => Files.Any(f => !f.Succeeded);

    /// <summary>Every skipped row of every file.</summary>
    public IEnumerable<ImportSkip> Skips => Files.SelectMany(f => f.Skips);
}
