using System.CommandLine;
using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>tick [--dry-run]</c>: wakes the runs whose wait is over at <c>--now</c>, ends those a reply ended, moves on those a
/// review released and starts the schedules that are due; a dry run shows what it would draft and keeps nothing. Exits 1
/// after running the others when a playbook was withheld by its problems or is not trusted.
/// </summary>
internal static class TickCommand
{
    public static Command Create(CommandHost host)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what the tick would do (at --now), every draft in full, and keep nothing" };
        var command = new Command("tick", "Wake the runs whose wait is over (at --now), move them on, start the schedules that are due") { dryRun };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var refused = RunReportPrinter.WriteProblems(context.Error, context.Catalog);
            RunReport report;
            using (var progress = new BatchProgressPrinter(context.Error, enabled: host.ErrorIsTerminal && !context.Json, "tick"))
            {
                report = parse.GetValue(dryRun) ? context.Runtime.PreviewTick(progress) : context.Runtime.Tick(progress);
            }

            RunReportPrinter.Write(context, report, tick: true);
            return refused ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }
}
