using System.CommandLine;
using Playbook.Engine.Runs;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>drafts [--status pending|sent|discarded|all] [--contact ID|URL]</c>: the review queue, each draft in full.</summary>
internal static class DraftsCommand
{
    private const string AllStatuses = "all";

    public static Command Create(CommandHost host)
    {
        var status = new Option<string>("--status")
        {
            Description = "Which drafts: pending (the default), sent, discarded or all",
            HelpName = "STATUS",
            DefaultValueFactory = _ => DraftStatuses.Pending,
        };
        status.AcceptOnlyFromAmong([.. DraftStatuses.All, AllStatuses]);
        var contact = new Option<string?>("--contact") { Description = "Only this contact's drafts (id or profile URL)", HelpName = "ID|URL" };
        var limit = new Option<int?>("--limit") { Description = "At most this many", HelpName = "N" };

        var command = new Command("drafts", "The review queue: drafts to edit, send by hand and mark sent") { status, contact, limit };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var chosen = parse.GetValue(status)!;
            long? contactId = parse.GetValue(contact) is { } reference ? context.Store.Contacts.Get(reference).Id : null;
            var drafts = context.Store.Drafts.List(chosen == AllStatuses ? null : chosen, contactId, parse.GetValue(limit));
            if (context.Json)
            {
                context.WriteJson(drafts.Select(DraftJson.From));
                return ExitCodes.Ok;
            }

            var which = chosen == AllStatuses ? "" : chosen + " ";
            if (drafts.Count == 0)
            {
                context.Output.WriteLine($"No {which}drafts.");
                return ExitCodes.Ok;
            }

            var names = new ContactNames(context.Store);
            foreach (var draft in drafts)
            {
                DraftPrinter.Write(context.Output, draft, names.Of(draft.ContactId));
                context.Output.WriteLine();
            }

            context.Output.WriteLine(RuntimeText.Count(drafts.Count, which + "draft"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
