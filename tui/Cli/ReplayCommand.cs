using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Replay;
using Playbook.Engine.Runtime;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>replay PATH [--playbook NAME]...</c>: runs the playbooks over a past LinkedIn export, day by day as of its own
/// dates, in a throwaway store, and says what they would have produced. The user's store is never opened.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(CommandHost host)
    {
        var path = new Argument<string>("PATH") { Description = "A LinkedIn data export: the zip as downloaded, or the folder it unpacks to" };
        var playbook = new Option<string[]>("--playbook")
        {
            Description = "Only this playbook (repeat for several; default: every enabled playbook)",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("replay", "Show what the playbooks would have produced over a past export, in a throwaway store") { path, playbook };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var refused = RunReportPrinter.WriteProblems(context.Error, context.Catalog);
            var replay = new ReplayRunner(context.Catalog, context.Config, context.Clock);
            var terminal = host.ErrorIsTerminal && !context.Json;
            ReplayReport report;
            using (var importProgress = new ImportProgressPrinter(context.Error, enabled: terminal))
            using (var progress = new BatchProgressPrinter(context.Error, enabled: terminal, "replay"))
            {
                report = replay.Replay(parse.GetValue(path)!, parse.GetValue(playbook) ?? [], importProgress, new AfterImport(importProgress, progress));
            }

            Write(context, report);
            foreach (var skip in report.Import.Skips)
            {
                context.Error.WriteLine(TerminalLine.Of($"{skip}; row skipped"));
            }

            foreach (var failed in report.Import.Files.Where(f => !f.Succeeded))
            {
                context.Error.WriteLine(TerminalLine.Of($"{failed.File}: {failed.Error}"));
            }

            return report.Import.HasFailedFiles || refused ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(CliContext context, ReplayReport report)
    {
        if (context.Json)
        {
            context.WriteJson(ReplayReportJson.Of(report));
            return;
        }

        var output = context.Output;
        if (report.Since is not { } since || report.Until is not { } until)
        {
            output.WriteLine("replay: the export has no event the playbooks react to; nothing to replay");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replayed {since:yyyy-MM-dd} to {until:yyyy-MM-dd} in {RuntimeText.Count(report.Passes, "daily pass", "daily passes")}, in a throwaway store (nothing was kept)"));
        foreach (var t in report.Totals)
        {
            output.WriteLine(string.Join(", ",
                $"{t.Playbook}: {RuntimeText.Count(t.Runs, "run")}",
                RuntimeText.Count(t.Drafts, "draft"),
                RuntimeText.Count(t.Tasks, "task"),
                RuntimeText.Count(t.EndedByReply, "ended by a reply", "ended by a reply"),
                RuntimeText.Count(t.Done, "done", "done"),
                RuntimeText.Count(t.Waiting, "waiting", "waiting"),
                RuntimeText.Count(t.Stopped, "stopped", "stopped"),
                RuntimeText.Count(t.Failed, "failed", "failed")));
        }

        if (report.Months.Count > 0)
        {
            output.WriteLine("drafts per month:");
            foreach (var month in report.Months)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {month.Month}  {month.Drafts,4}"));
            }
        }
    }

    /// <summary>Erases the import's progress line when the replay's own begins, so that the two never share a line.</summary>
    private sealed class AfterImport(ImportProgressPrinter import, BatchProgressPrinter replay) : IProgress<BatchProgress>
    {
        private bool _cleared;

        public void Report(BatchProgress value)
        {
            if (!_cleared)
            {
                import.Clear();
                _cleared = true;
            }

            replay.Report(value);
        }
    }
}
