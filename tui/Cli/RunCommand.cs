using System.CommandLine;
using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>run [--playbook NAME]... [--dry-run]</c>: moves on the runs that have something to do and dispatches the
/// pending events to the enabled playbooks, then says what happened; a dry run prints each run's story and keeps nothing.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CommandHost host)
    {
        var playbook = new Option<string[]>("--playbook")
        {
            Description = "Only this playbook (repeat for several; default: every enabled playbook)",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = true,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what each run would do, every draft in full, and keep nothing" };

        var command = new Command("run", "Dispatch the pending events to the playbooks: drafts, tasks, waits") { playbook, dryRun };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var refused = RunReportPrinter.WriteProblems(context.Error, context.Catalog);
            var request = new RunRequest { Playbooks = parse.GetValue(playbook) ?? [], DryRun = parse.GetValue(dryRun) };
            RunReport report;
            using (var progress = new BatchProgressPrinter(context.Error, enabled: host.ErrorIsTerminal && !context.Json, "run"))
            {
                report = context.Runtime.Run(request, progress);
            }

            RunReportPrinter.Write(context, report, tick: false);
            return refused ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }
}
