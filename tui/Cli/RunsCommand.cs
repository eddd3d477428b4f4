using System.CommandLine;
using Playbook.Engine.Runs;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>runs [--playbook NAME] [--state STATE] [--contact ID|URL] [--limit N]</c>: runs and where they stand, oldest first.</summary>
internal static class RunsCommand
{
    public static Command Create(CommandHost host)
    {
        var playbook = new Option<string?>("--playbook") { Description = "Only runs of this playbook", HelpName = "NAME" };
        var state = new Option<string?>("--state") { Description = $"Only runs in this state: {string.Join(", ", RunStates.All)}", HelpName = "STATE" };
        state.AcceptOnlyFromAmong([.. RunStates.All]);
        var contact = new Option<string?>("--contact") { Description = "Only this contact's runs (id or profile URL)", HelpName = "ID|URL" };
        var limit = new Option<int?>("--limit") { Description = "At most this many", HelpName = "N" };

        var command = new Command("runs", "Runs of the playbooks and their state") { playbook, state, contact, limit };
        command.SetAction(parse => host.Run(parse, context =>
        {
            long? contactId = parse.GetValue(contact) is { } reference ? context.Store.Contacts.Get(reference).Id : null;
            var runs = context.Store.Runs.List(parse.GetValue(playbook), parse.GetValue(state), contactId, parse.GetValue(limit));
            if (context.Json)
            {
                context.WriteJson(runs.Select(RunJson.From));
                return ExitCodes.Ok;
            }

            if (runs.Count == 0)
            {
                context.Output.WriteLine("No runs match.");
                return ExitCodes.Ok;
            }

            var names = new ContactNames(context.Store);
            var table = new TextTable("ID", "PLAYBOOK", "CONTACT", "STATE", "STEP", "WAKE AT", "VERSION", "STARTED");
            foreach (var run in runs)
            {
                table.Add(run.Id, run.Playbook, names.Of(run.ContactId), run.State, run.Step ?? "-", Wake(run),
                    RuntimeText.Version(run.Version), RuntimeText.Instant(run.StartedAt));
            }

            table.WriteTo(context.Output);
            context.Output.WriteLine(RuntimeText.Count(runs.Count, "run"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Wake(Run run) => run switch
    {
        { WakeAt: { } wake } => RuntimeText.Instant(wake),
        { State: RunStates.Waiting, HeldBy: { } draft } => $"held by draft {draft}",
        _ => "-",
    };
}
