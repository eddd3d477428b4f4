using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Runtime;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary>What <c>run</c> and <c>tick</c> print: the catalog's problems first, then a summary, and for a dry run every run's story.</summary>
internal static class RunReportPrinter
{
    /// <summary>
    /// Prints every problem of the catalog on stderr, <c>file(line,col): message</c>, names the playbooks that do not
    /// run because of them, and the scripts that are not trusted; the others still run.
    /// </summary>
    /// <returns>
    /// Whether a playbook was withheld by its problems or a script refused for want of trust: the command then exits 1
    /// after doing the rest, so a script or a scheduler sees that something did not run.
    /// </returns>
    public static bool WriteProblems(TextWriter error, PlaybookCatalog catalog)
    {
        foreach (var problem in catalog.Problems)
        {
            error.WriteLine(problem);
        }

        // Playbooks that loaded but have problems, built-ins held back by a broken file of their name, and files that
        // did not load at all: none of them runs.
        var entryFiles = catalog.Entries.Select(e => e.Definition.SourceFile).Concat(catalog.Withheld.Select(w => w.UserFile)).ToHashSet(StringComparer.Ordinal);
        var held = catalog.Entries.Where(e => !e.Enabled && !e.SwitchedOff).Select(e => e.Definition.Name)
            .Concat(catalog.Withheld.Select(w => w.BuiltIn.Name))
            .Concat(catalog.Problems.Select(p => p.File).Where(f => IsPlaybookFile(f) && !entryFiles.Contains(f)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (held.Count > 0)
        {
            error.WriteLine($"playbook: not run because of these problems: {string.Join(", ", held)} (see 'playbook check')");
        }

        var refused = catalog.Untrusted.ToList();
        foreach (var script in refused)
        {
            error.WriteLine(script.Refusal);
        }

        return held.Count > 0 || refused.Count > 0;
    }

    /// <summary>
    /// Says, for each of <paramref name="names"/> that is a schedule, that a real <c>run</c> does not start it: <c>tick</c>
    /// does, and a dry run previews it.
    /// </summary>
    public static void WriteSchedules(CliContext context, IReadOnlyList<string> names, bool dryRun)
    {
        if (context.Json || dryRun)
        {
            return;
        }

        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (context.Catalog.Find(name) is { IsSchedule: true })
            {
                context.Output.WriteLine($"{name} starts on its schedule: 'playbook tick' starts it when it is due; 'playbook run --dry-run --playbook {name}' previews it");
            }
        }
    }

    /// <summary>Prints the report: as one JSON object, or as the dry run's stories and a summary.</summary>
    public static void Write(CliContext context, RunReport report, bool tick)
    {
        if (context.Json)
        {
            context.WriteJson(RunReportJson.From(report));
            return;
        }

        var output = context.Output;
        if (report.DryRun)
        {
            RunReportText.WriteTraces(output, report.Traces);
        }

        output.WriteLine((report.DryRun ? "dry run, nothing was kept: " : "") + (tick ? RunReportText.TickCounts(report) : RunReportText.RunCounts(report)));
        if (!tick)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"skipped: {report.SkippedAnswered} already answered, {report.SkippedByWhen} filtered by 'when', {report.SkippedDoNotContact} do-not-contact, {report.SkippedByAge} older than max_age"));
        }

        if (report.SkippedInsteadOf > 0)
        {
            output.WriteLine($"taken over: {RuntimeText.Count(report.SkippedInsteadOf, "event")} left to a playbook that runs instead of theirs (instead_of)");
        }

        if (report.Held > 0)
        {
            output.WriteLine($"held: {RuntimeText.Count(report.Held, "run")} of playbooks that do not run now; see 'playbook check'");
        }

        foreach (var failure in report.Failures)
        {
            var step = failure.Step is null ? "" : $", step {failure.Step}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {failure.RunId} ({failure.Playbook}, {failure.Contact}{step}) failed: {failure.Reason}"));
        }

        if (report.Failures.Count > 0)
        {
            output.WriteLine(report.Failures.Count == 1
                ? string.Create(CultureInfo.InvariantCulture, $"see 'playbook journal {report.Failures[0].RunId}'")
                : string.Create(CultureInfo.InvariantCulture, $"see 'playbook journal ID' for each, as in 'playbook journal {report.Failures[0].RunId}'"));
        }
    }

    private static bool IsPlaybookFile(string file) =>
        Path.GetExtension(file) is ".yaml" or ".yml" or ".csx";
}
