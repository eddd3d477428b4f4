using System.CommandLine;
using System.Globalization;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>journal RUN</c>: everything one run did, in order.</summary>
internal static class JournalCommand
{
    public static Command Create(CommandHost host)
    {
        var id = new Argument<long>("RUN") { Description = "The run's id (see 'playbook runs')" };
        var command = new Command("journal", "Everything one run did, in order") { id };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var run = context.Store.Runs.Get(parse.GetValue(id));
            var journal = context.Store.Runs.Journal(run.Id);
            if (context.Json)
            {
                context.WriteJson(journal.Select(JournalEntryJson.From));
                return ExitCodes.Ok;
            }

            var contact = new ContactNames(context.Store).Of(run.ContactId);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run.Id}: {run.Playbook} for {contact} (contact {run.ContactId}), version {RuntimeText.Version(run.Version)}, started {RuntimeText.Instant(run.StartedAt)}; it {RuntimeText.Standing(run)}"));
            JournalPrinter.Write(context.Output, journal);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
