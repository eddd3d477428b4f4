using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>contacts</c>: search and list; <c>show</c>, <c>tag</c> and <c>stage</c> one contact.</summary>
internal static class ContactsCommand
{
    public static Command Create(CommandHost host)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words to find in names, company, position, location, emails, tags (accent- and case-insensitive); a word that is also a subcommand's name goes after --",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var tag = new Option<string?>("--tag") { Description = "Only contacts with this tag", HelpName = "TAG" };
        var stage = StageOption("--stage", "Only contacts at this stage");
        var limit = new Option<int?>("--limit") { Description = "At most this many", HelpName = "N" };

        var contacts = new Command("contacts", "Search and list contacts") { query, tag, stage, limit };
        contacts.SetAction(parse => host.Run(parse, context =>
        {
            var found = context.Store.Contacts.Search(string.Join(' ', parse.GetValue(query) ?? []), parse.GetValue(tag), parse.GetValue(stage), parse.GetValue(limit));
            if (context.Json)
            {
                context.WriteJson(found.Select(ContactJson.From));
                return ExitCodes.Ok;
            }

            if (found.Count == 0)
            {
                context.Output.WriteLine("No contacts match.");
                return ExitCodes.Ok;
            }

            var table = new TextTable("ID", "NAME", "COMPANY", "POSITION", "STAGE", "TAGS");
            foreach (var c in found)
            {
                table.Add(c.Id, c.FullName, c.Company, c.Position, c.Stage, string.Join(", ", c.Tags));
            }

            table.WriteTo(context.Output);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{found.Count} contact{(found.Count == 1 ? "" : "s")}"));
            return ExitCodes.Ok;
        }));

        contacts.Subcommands.Add(Show(host));
        contacts.Subcommands.Add(Tag(host));
        contacts.Subcommands.Add(Stage(host));
        contacts.Subcommands.Add(MergeCommands.Duplicates(host));
        contacts.Subcommands.Add(MergeCommands.Merge(host));
        return contacts;
    }

    internal static Argument<string> ContactArgument() =>
        new("ID|URL") { Description = "The contact's id or LinkedIn profile URL" };

    private static Option<string?> StageOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "STAGE" };
        option.AcceptOnlyFromAmong([.. Stages.All]);
        return option;
    }

    /// <summary><c>contacts show</c>: the contact, what it has in common with the me-profile and why, and its timeline.</summary>
    private static Command Show(CommandHost host)
    {
        var reference = ContactArgument();
        var show = new Command("show", "One contact, with its timeline") { reference };
        show.SetAction(parse => host.Run(parse, context =>
        {
            var contact = context.Store.Contacts.Get(parse.GetValue(reference)!);
            var events = context.Store.Events.List(contact.Id);
            var invitation = events.LastOrDefault(e => e.Kind == EventKinds.InvitationReceived);
            var analysis = ProfileAnalyzer.For(context.Me).Analyse(contact, invitation, context.Clock.GetUtcNow(), events);
            var identities = context.Store.Contacts.Identities(contact.Id);
            if (context.Json)
            {
                context.WriteJson(ContactJson.WithEvents(contact, events, analysis, identities));
            }
            else
            {
                ContactPrinter.Write(context.Output, contact, events, analysis, identities);
            }

            return ExitCodes.Ok;
        }));
        return show;
    }

    private static Command Tag(CommandHost host)
    {
        var reference = ContactArgument();
        var tags = new Argument<string[]>("TAG") { Description = "Tags to add", Arity = ArgumentArity.OneOrMore };
        var remove = new Option<bool>("--remove") { Description = "Remove these tags instead of adding them" };
        var command = new Command("tag", "Add tags to a contact (or remove them with --remove)") { reference, tags, remove };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var contact = context.Store.Contacts.Get(parse.GetValue(reference)!);
            var updated = parse.GetValue(remove)
                ? context.Store.Contacts.RemoveTags(contact.Id, parse.GetValue(tags)!)
                : context.Store.Contacts.AddTags(contact.Id, parse.GetValue(tags)!);
            WriteChanged(context, updated, $"{updated.FullName}: tags {(updated.Tags.Count == 0 ? "(none)" : string.Join(", ", updated.Tags))}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Stage(CommandHost host)
    {
        var reference = ContactArgument();
        var stage = new Argument<string>("STAGE") { Description = $"One of {string.Join(", ", Stages.All)}" };
        stage.AcceptOnlyFromAmong([.. Stages.All]);
        var command = new Command("stage", "Move a contact along the stages") { reference, stage };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var contact = context.Store.Contacts.Get(parse.GetValue(reference)!);
            var updated = context.Store.Contacts.SetStage(contact.Id, parse.GetValue(stage)!);
            WriteChanged(context, updated, $"{updated.FullName}: stage {updated.Stage}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static void WriteChanged(CliContext context, Contact contact, string line)
    {
        if (context.Json)
        {
            context.WriteJson(ContactJson.From(contact));
        }
        else
        {
            context.Output.WriteLine(line);
        }
    }
}
