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
            var parked = LosingTouch.Parked(context.Store, context.Catalog, context.Me, context.Clock.GetUtcNow());
            if (context.Json)
            {
                context.WriteJson(drifting.Concat(parked).Select(DriftingContactJson.From));
                return ExitCodes.Ok;
            }

            if (drifting.Count == 0 && parked.Count == 0)
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

            if (drifting.Count > 0)
            {
                table.WriteTo(context.Output);
            }

            context.Output.WriteLine(drifting.Count == 0 ? "Nobody is losing touch." : RuntimeText.Count(drifting.Count, "contact") + " losing touch");
            if (parked.Count > 0)
            {
                var later = new TextTable("ID", "CONTACT", "STAGE", "LAST INTERACTION", "PARKED UNTIL", "PLAYBOOK");
                foreach (var p in parked)
                {
                    later.Add(p.Contact.Id, p.Contact.FullName, p.Contact.Stage, p.LastInteraction is { } last ? RuntimeText.Instant(last) : "-",
                        p.ParkedUntil!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Playbook);
                }

                context.Output.WriteLine();
                context.Output.WriteLine("Parked: they asked to be written to later, and are judged again after that day.");
                later.WriteTo(context.Output);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
