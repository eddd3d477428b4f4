using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Runs;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>draft sent ID [--at T]</c> and <c>draft discard ID</c>: the review of one draft, which moves its run on.</summary>
internal static class DraftCommand
{
    public static Command Create(CommandHost host)
    {
        var sentId = DraftArgument();
        var at = new Option<DateTimeOffset?>("--at")
        {
            Description = "When you sent it, as an ISO 8601 instant (default: now); a wait after it counts from then",
            HelpName = "T",
            CustomParser = GlobalOptions.ParseInstant,
        };
        var sent = new Command("sent", "Mark a draft sent (you sent it by hand); its run goes on") { sentId, at };
        sent.SetAction(parse => host.Run(parse, context =>
            Print(context, context.Runtime.MarkSent(parse.GetValue(sentId), parse.GetValue(at)), "marked sent")));

        var discardId = DraftArgument();
        var discard = new Command("discard", "Discard a draft; its run stops") { discardId };
        discard.SetAction(parse => host.Run(parse, context =>
            Print(context, context.Runtime.Discard(parse.GetValue(discardId)), "discarded")));

        return new Command("draft", "Review one draft: mark it sent or discard it") { sent, discard };
    }

    private static Argument<long> DraftArgument() => new("ID") { Description = "The draft's id (see 'playbook drafts')" };

    /// <summary>Says what was done and, reading the run again, what it does next.</summary>
    private static int Print(CliContext context, Draft draft, string done)
    {
        if (context.Json)
        {
            context.WriteJson(DraftJson.From(draft));
            return ExitCodes.Ok;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"draft {draft.Id} {done}");
        if (draft.RunId is { } runId)
        {
            var run = context.Store.Runs.Get(runId);
            line += run is { State: RunStates.Waiting, WakeAt: null, HeldBy: { } held } && held == draft.Id
                ? $"; its run {run.Id} is held: the playbook '{run.Playbook}' does not run now (see 'playbook check')"
                : $"; the run {RuntimeText.Standing(run)}";
        }

        context.Output.WriteLine(line);
        return ExitCodes.Ok;
    }
}
