using System.CommandLine;
using Playbook.Engine.Catalog;
using Playbook.Engine.Text;

namespace Playbook.Tui.Cli;

/// <summary><c>enable NAME</c> / <c>disable NAME</c>: switch a playbook on or off (it still loads and is checked when off).</summary>
internal static class EnableCommand
{
    public static Command Create(CommandHost host, bool enable)
    {
        var name = new Argument<string>("NAME") { Description = "The playbook's name (see 'playbook playbooks')" };
        var command = new Command(enable ? "enable" : "disable", enable ? "Switch a playbook back on" : "Switch a playbook off: it loads and is checked, but does not run")
        {
            name,
        };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var wanted = parse.GetValue(name)!;
            var known = context.Catalog.Entries.Select(e => e.Definition.Name).ToList();
            if (!known.Contains(wanted, StringComparer.Ordinal))
            {
                throw new ArgumentException(DidYouMean.Unknown("playbook", wanted, known, null) + "; list them with 'playbook playbooks'");
            }

            var changed = SwitchedOff.Open(context.Paths.SwitchedOffFile).Set(wanted, off: !enable);
            context.Output.WriteLine(changed
                ? $"{wanted} is {(enable ? "on: it runs again" : "off: it no longer runs ('playbook enable " + wanted + "' switches it back on)")}"
                : $"{wanted} was already {(enable ? "on" : "off")}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
