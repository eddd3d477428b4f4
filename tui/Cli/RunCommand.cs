using System.CommandLine;
using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>run [--playbook NAME]... [--contact ID|URL]... [--event ID]... [--dry-run]</c>: moves on the runs that have
/// something to do and dispatches the pending events to the enabled playbooks, then says what happened; a dry run
/// prints each run's story and keeps nothing. <c>--contact</c> and <c>--event</c> take only the work of those contacts
/// or events. Exits 1 after running the others when a playbook was withheld by its problems or is not trusted.
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
        var contact = new Option<string[]>("--contact")
        {
            Description = "Only this contact's pending events and runs (id or profile URL; repeat for several)",
            HelpName = "ID|URL",
            AllowMultipleArgumentsPerToken = true,
        };
        var @event = new Option<long[]>("--event")
        {
            Description = "Only this event, if still pending, and the runs it started (repeat for several)",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = true,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what each run would do, every draft in full, and keep nothing" };

        var command = new Command("run", "Dispatch the pending events to the playbooks: drafts, tasks, waits") { playbook, contact, @event, dryRun };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var contacts = parse.GetValue(contact) is { Length: > 0 } references
                ? references.Select(r => context.Store.Contacts.Get(r).Id).ToHashSet()
                : null;
            var events = parse.GetValue(@event) is { Length: > 0 } ids
                ? ids.Select(id => context.Store.Events.Get(id).Id).ToHashSet()
                : null;
            var refused = RunReportPrinter.WriteProblems(context.Error, context.Catalog);
            var request = new RunRequest { Playbooks = parse.GetValue(playbook) ?? [], DryRun = parse.GetValue(dryRun), Contacts = contacts, Events = events };
            RunReport report;
            using (var progress = new BatchProgressPrinter(context.Error, enabled: host.ErrorIsTerminal && !context.Json, "run"))
            {
                report = context.Runtime.Run(request, progress);
            }

            RunReportPrinter.Write(context, report, tick: false);
            RunReportPrinter.WriteSchedules(context, request.Playbooks, request.DryRun);
            return refused ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }
}
