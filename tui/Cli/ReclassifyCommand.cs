using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Analysis.Replies;

namespace Playbook.Tui.Cli;

/// <summary><c>reclassify</c>: classifies every received message again, with the built-in rules and the user's (after a change).</summary>
internal static class ReclassifyCommand
{
    public static Command Create(CommandHost host)
    {
        var command = new Command("reclassify", "Classify every received message again with the reply rules (after you changed reply-rules.yaml)");
        command.SetAction(parse => host.Run(parse, context =>
        {
            var (byLabel, changed) = context.Store.Events.Reclassify();
            if (context.Json)
            {
                context.WriteJson(new { byLabel = ReplyLabels.All.ToDictionary(l => l, l => byLabel.GetValueOrDefault(l)), changed });
                return ExitCodes.Ok;
            }

            var total = byLabel.Values.Sum();
            var counts = string.Join(", ", ReplyLabels.All.Select(l => byLabel.GetValueOrDefault(l).ToString(CultureInfo.InvariantCulture) + " " + l));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total} received message{(total == 1 ? "" : "s")} classified, {changed} changed: ") + counts);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
