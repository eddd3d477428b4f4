using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Events;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>events [--contact ID|URL] [--kind K]</c>: the event log, oldest first.</summary>
internal static class EventsCommand
{
    public static Command Create(CommandHost host)
    {
        var contact = new Option<string?>("--contact") { Description = "Only this contact's events (id or profile URL)", HelpName = "ID|URL" };
        var kind = new Option<string?>("--kind") { Description = "Only events of this kind", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong([.. EventKinds.All]);
        var limit = new Option<int?>("--limit") { Description = "At most this many", HelpName = "N" };

        var command = new Command("events", "The event log: invitations, messages, meetings, notes") { contact, kind, limit };
        command.SetAction(parse => host.Run(parse, context =>
        {
            long? contactId = parse.GetValue(contact) is { } reference ? context.Store.Contacts.Get(reference).Id : null;
            var events = context.Store.Events.List(contactId, parse.GetValue(kind), parse.GetValue(limit));
            if (context.Json)
            {
                context.WriteJson(events.Select(EventJson.From));
                return ExitCodes.Ok;
            }

            if (events.Count == 0)
            {
                context.Output.WriteLine("No events match.");
                return ExitCodes.Ok;
            }

            var names = new Dictionary<long, string>();
            var table = new TextTable("ID", "AT", "KIND", "CONTACT", "CLASS", "BODY");
            foreach (var e in events)
            {
                if (!names.TryGetValue(e.ContactId, out var name))
                {
                    name = context.Store.Contacts.Find(e.ContactId)?.FullName ?? "?";
                    names[e.ContactId] = name;
                }

                table.Add(e.Id, e.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Kind, name, e.Classification ?? "", ContactPrinter.FirstLine(e.Body));
            }

            table.WriteTo(context.Output);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{events.Count} event{(events.Count == 1 ? "" : "s")}"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
