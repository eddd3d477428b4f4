using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Events;

namespace Playbook.Tui.Cli;

/// <summary><c>event add KIND --contact ID|URL [--at T] [--body TEXT]</c>: log an event by hand.</summary>
internal static class EventCommand
{
    public static Command Create(CommandHost host)
    {
        var kind = new Argument<string>("KIND") { Description = $"One of {string.Join(", ", EventKinds.Loggable)}" };
        kind.AcceptOnlyFromAmong([.. EventKinds.Loggable]);
        var contact = new Option<string>("--contact") { Description = "The contact (id or profile URL)", HelpName = "ID|URL", Required = true };
        var at = new Option<DateTimeOffset?>("--at")
        {
            Description = "When it happened, as an ISO 8601 instant (default: now)",
            HelpName = "T",
            CustomParser = GlobalOptions.ParseInstant,
        };
        var body = new Option<string?>("--body") { Description = "What was said or what happened", HelpName = "TEXT" };
        var channel = new Option<string?>("--channel") { Description = "Where: linkedin, email, phone, in-person, ... (default: linkedin for messages and invitations)", HelpName = "CHANNEL" };

        var add = new Command("add", "Log an event by hand") { kind, contact, at, body, channel };
        add.SetAction(parse => host.Run(parse, context =>
        {
            var target = context.Store.Contacts.Get(parse.GetValue(contact)!);
            var eventKind = parse.GetValue(kind)!;
            var added = context.Store.Events.Add(target.Id, eventKind, parse.GetValue(at), parse.GetValue(body), parse.GetValue(channel) ?? DefaultChannel(eventKind));
            if (context.Json)
            {
                context.WriteJson(EventJson.From(added));
            }
            else
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Logged {added.Kind} for {target.FullName} at {added.At:yyyy-MM-dd HH:mm} (event {added.Id})"));
            }

            return ExitCodes.Ok;
        }));

        return new Command("event", "Log events by hand") { add };
    }

    private static string? DefaultChannel(string kind) => EventKinds.DirectionOf(kind) is null ? null : "linkedin";
}
