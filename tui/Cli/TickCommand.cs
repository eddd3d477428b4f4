using System.CommandLine;
using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary><c>tick</c>: wakes the runs whose wait is over at <c>--now</c>, ends those a reply ended, moves on those a review released.</summary>
internal static class TickCommand
{
    public static Command Create(CommandHost host)
    {
        var command = new Command("tick", "Wake the runs whose wait is over (at --now) and move them on");
        command.SetAction(parse => host.Run(parse, context =>
        {
            var refused = RunReportPrinter.WriteProblems(context.Error, context.Catalog);
            RunReport report;
            using (var progress = new BatchProgressPrinter(context.Error, enabled: host.ErrorIsTerminal && !context.Json, "tick"))
            {
                report = context.Runtime.Tick(progress);
            }

            RunReportPrinter.Write(context, report, tick: true);
            return refused ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }
}
