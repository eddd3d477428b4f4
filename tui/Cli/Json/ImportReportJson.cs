using Playbook.Engine.Import.Reports;

namespace Playbook.Tui.Cli;

/// <summary>An import's report as <c>import ... --json</c> prints it.</summary>
internal sealed record ImportReportJson(string Source, IReadOnlyList<ImportReportJson.FileJson> Files)
{
    public static ImportReportJson From(ImportReport report) => new(
        report.Source,
        report.Files.Select(f => new FileJson(
            f.File, f.Added, f.Updated, f.Unchanged, f.Skips.Count, f.Ignored, f.ContactsCreated, f.Planned, f.Withdrawn, f.Error,
            f.Skips.Select(s => new SkipJson(s.File, s.Line, s.Reason)).ToList())).ToList());

    internal sealed record FileJson(
        string File, int Added, int Updated, int Unchanged, int Skipped, IReadOnlyDictionary<string, int> Ignored,
        int ContactsCreated, int Planned, int Withdrawn, string? Error, IReadOnlyList<SkipJson> Skips);

    /// <summary>A skipped row (its line), or a skipped file of a folder (line 0).</summary>
    internal sealed record SkipJson(string File, long Line, string Reason);
}
