using System.Globalization;
using Playbook.Engine.Runtime;

namespace Playbook.Tui.Presentation;

/// <summary>A run's report as text, for <c>run</c> and <c>tick</c> and for the desk's preview: its counts and a dry run's stories.</summary>
internal static class RunReportText
{
    /// <summary>A dry run's story per contact (journal and drafts in full), then its counts: the desk's preview.</summary>
    public static void WriteDryRun(TextWriter output, RunReport report)
    {
        WriteTraces(output, report.Traces);
        output.WriteLine("dry run, nothing was kept: " + RunCounts(report));
    }

    /// <summary>What a run did, counted: <c>19 runs started, 15 drafts, 3 tasks, 15 waiting, 4 done, 0 failed</c>.</summary>
    public static string RunCounts(RunReport report)
    {
        var parts = new List<string> { RuntimeText.Count(report.RunsStarted, "run started", "runs started") };
        if (report.RunsResumed > 0)
        {
            parts.Add(RuntimeText.Count(report.RunsResumed, "run resumed", "runs resumed"));
        }

        parts.Add(RuntimeText.Count(report.Drafts, "draft"));
        parts.Add(RuntimeText.Count(report.Tasks, "task"));
        parts.Add(RuntimeText.Count(report.Waiting, "waiting", "waiting"));
        parts.Add(RuntimeText.Count(report.Done, "done", "done"));
        if (report.Stopped > 0)
        {
            parts.Add(RuntimeText.Count(report.Stopped, "stopped", "stopped"));
        }

        parts.Add(RuntimeText.Count(report.Failures.Count, "failed", "failed"));
        return string.Join(", ", parts);
    }

    /// <summary>What a tick did, counted: <c>1 run resumed, 1 draft, 0 tasks, ...</c>.</summary>
    public static string TickCounts(RunReport report) => string.Join(", ",
        RuntimeText.Count(report.RunsResumed, "run resumed", "runs resumed"),
        RuntimeText.Count(report.Drafts, "draft"),
        RuntimeText.Count(report.Tasks, "task"),
        RuntimeText.Count(report.Waiting, "waiting", "waiting"),
        RuntimeText.Count(report.Done, "done", "done"),
        RuntimeText.Count(report.Stopped, "stopped", "stopped"),
        RuntimeText.Count(report.Failures.Count, "failed", "failed"));

    /// <summary>A dry run's stories, per contact: each run's journal in order, then its drafts in full.</summary>
    public static void WriteTraces(TextWriter output, IReadOnlyList<RunTrace> traces)
    {
        foreach (var contact in traces.GroupBy(t => t.Run.ContactId))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{contact.First().ContactName} (contact {contact.Key})"));
            foreach (var trace in contact)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {trace.Run.Id} ({trace.Run.Playbook})"));
                JournalPrinter.Write(output, trace.Journal, "    ");
                foreach (var draft in trace.Drafts)
                {
                    output.WriteLine();
                    DraftPrinter.Write(output, draft, contactName: null, "    ", withStatus: false);
                }
            }

            output.WriteLine();
        }
    }
}
