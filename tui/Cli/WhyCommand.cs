using System.CommandLine;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>why ID|URL [--playbook NAME]</c>: for each event of the contact and each playbook, whether a run started and if not
/// exactly why (its age against <c>max_age</c>, a false <c>when</c> with the values it read, already answered,
/// do-not-contact, switched off, problems, not trusted); then where each run stands. Reads the store, writes nothing.
/// </summary>
internal static class WhyCommand
{
    public static Command Create(CommandHost host)
    {
        var contact = new Argument<string>("ID|URL") { Description = "The contact: its id, or its LinkedIn profile URL" };
        var playbook = new Option<string?>("--playbook") { Description = "Only this playbook", HelpName = "NAME" };

        var command = new Command("why", "Why each playbook did or did not act for a contact, and where its runs stand") { contact, playbook };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var id = context.Store.Contacts.Get(parse.GetValue(contact)!).Id;
            var why = context.Runtime.Why(id, parse.GetValue(playbook));
            if (context.Json)
            {
                context.WriteJson(WhyJson.From(why));
            }
            else
            {
                WhyText.Write(context.Output, why);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
