using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Stats;
using Playbook.Engine.Time;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>losing-touch</c>: contacts in conversation or further whose last interaction is older than their cadence.</summary>
internal static class LosingTouchCommand
{
    public static Command Create(CommandHost host)
    {
        var command = new Command("losing-touch", "Contacts in conversation or further whose last interaction is older than their schedule's cadence");
        command.SetAction(parse => host.Run(parse, context =>
        {
            var drifting = LosingTouch.Find(context.Store, context.Catalog, context.Me, context.Clock.GetUtcNow());
            if (context.Json)
            {
                context.WriteJson(drifting.Select(DriftingContactJson.From));
                return ExitCodes.Ok;
            }

            if (drifting.Count == 0)
            {
                context.Output.WriteLine(context.Catalog.Enabled.Any(p => p.IsSchedule)
                    ? "Nobody is losing touch."
                    : "No schedule gives a cadence: add a playbook with on: schedule and every: (see docs/playbooks.md).");
                return ExitCodes.Ok;
            }

            var table = new TextTable("ID", "CONTACT", "STAGE", "LAST INTERACTION", "CADENCE", "OVERDUE", "PLAYBOOK");
            foreach (var d in drifting)
            {
                table.Add(d.Contact.Id, d.Contact.FullName, d.Contact.Stage,
                    d.LastInteraction is { } last ? RuntimeText.Instant(last) : "-", Duration.Format(d.Cadence),
                    string.Create(CultureInfo.InvariantCulture, $"{(int)d.Overdue.TotalDays}d"), d.Playbook);
            }

            table.WriteTo(context.Output);
            context.Output.WriteLine(RuntimeText.Count(drifting.Count, "contact") + " losing touch");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
