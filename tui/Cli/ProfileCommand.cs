using System.CommandLine;
using Playbook.Engine.Import.Profiles;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>profile ID|URL PATH|-</c>: a contact's LinkedIn profile, saved as PDF or copied from the page, read into the store as
/// their newer data; their pending drafts are written again with what is now known.
/// </summary>
internal static class ProfileCommand
{
    /// <summary>What errors call standard input.</summary>
    public const string StandardInput = "(standard input)";

    public static Command Create(CommandHost host)
    {
        var contact = new Argument<string>("ID|URL") { Description = "The contact: its id, or its LinkedIn profile URL" };
        var path = new Argument<string>("PATH")
        {
            Description = "The profile saved as PDF (More → Save to PDF), a text file of the copied profile page, or - to read that text from standard input",
        };
        var command = new Command("profile", "Read a contact's LinkedIn profile (PDF or copied text) into the store; their pending drafts are written again") { contact, path };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var who = context.Store.Contacts.Get(parse.GetValue(contact)!);
            var source = parse.GetValue(path)!;
            var file = source == "-" ? StandardInput : source;
            var profile = source == "-" ? ProfileReader.ReadText(context.Input.ReadToEnd(), file) : ProfileReader.Read(source);
            new ProfileImporter(context.Store).ReadInto(who.Id, profile, file);
            var redrafts = context.Redraft([who.Id]);
            var read = context.Store.Contacts.Find(who.Id)!;
            if (context.Json)
            {
                context.WriteJson(new ProfileReadJson(ContactJson.From(read), [.. redrafts.Select(RedraftJson.From)]));
                return ExitCodes.Ok;
            }

            context.Output.WriteLine($"{read.FullName} (id {read.Id}): profile read from {file}");
            Field(context.Output, "Headline", read.Headline);
            Field(context.Output, "Now", read.Position is null ? read.Company : read.Company is null ? read.Position : $"{read.Position} at {read.Company}");
            Field(context.Output, "Location", read.Location);
            Field(context.Output, "Profile", read.ProfileUrl);
            ContactPrinter.WriteProfile(context.Output, read);
            if (redrafts.Count > 0)
            {
                context.Output.WriteLine();
            }

            ImportCommand.PrintRedrafts(context, redrafts);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Field(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.WriteLine($"  {label + ":",-11}{value}");
        }
    }
}
