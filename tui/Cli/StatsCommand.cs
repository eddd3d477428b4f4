using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Stats;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>stats [--by playbook|version|variant|month|channel] [--csv [PATH]]</c>: the funnel, from invitations to
/// collaborations, with rates, intervals and the practice's baseline.
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CommandHost host)
    {
        var by = new Option<string?>("--by") { Description = "One funnel per playbook, version, variant (A/B test), month or channel", HelpName = "DIMENSION" };
        by.AcceptOnlyFromAmong([.. FunnelDimensions.All]);
        var csv = new Option<string?>("--csv")
        {
            Description = "Write the funnel as CSV, to PATH or to standard output",
            HelpName = "PATH",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("stats", "The funnel: invitations, personal replies, answers, brush-offs, real conversations, meetings, collaborations")
        {
            by,
            csv,
        };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var report = Funnel.Measure(context.Store, parse.GetValue(by));

            // By playbook, every playbook's drafts too, not only the invitations': each reply counted within the wait
            // that follows its draft in the playbook as it is now.
            var playbooks = report.By == FunnelDimensions.Playbook
                ? PlaybookOutcomes.Measure(context.Store, PlaybookOutcomes.WaitsOf(context.Catalog))
                : null;
            if (parse.GetResult(csv) is not null)
            {
                Func<TextWriter, int> write = playbooks is null ? writer => FunnelCsv.Write(writer, report) : writer => PlaybookOutcomeCsv.Write(writer, playbooks);
                if (parse.GetValue(csv) is { } path)
                {
                    var rows = PrivateFile.Write(path, write);
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {RuntimeText.Count(rows, "row")} to {path}"));
                }
                else
                {
                    write(context.Output);
                }

                return ExitCodes.Ok;
            }

            if (context.Json)
            {
                context.WriteJson(FunnelJson.From(report, playbooks));
                return ExitCodes.Ok;
            }

            FunnelPrinter.Print(context.Output, report);
            if (playbooks is not null)
            {
                context.Output.WriteLine();
                PlaybookOutcomePrinter.Print(context.Output, playbooks);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
