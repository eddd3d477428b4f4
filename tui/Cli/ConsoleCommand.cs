using System.CommandLine;
using Playbook.Engine.Console;
using Playbook.Engine.Store;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>console</c>: a C# console over the store, opened for reading only. On a terminal it prompts, reads an entry over
/// as many lines as it needs and keeps a history; from a pipe it reads entries line by line and prints each result on
/// its own lines, so that it can be scripted. It ends with its input, with exit code 0 even after entries that failed.
/// </summary>
internal static class ConsoleCommand
{
    /// <summary>Why the console's store refuses a change.</summary>
    private const string ReadOnlyReason = "the console only reads it";

    public static Command Create(CommandHost host)
    {
        var command = new Command("console", "A C# console over the store, read-only: LINQ over Contacts, Events, Drafts, Runs and Tasks; Analyse, Eval and Render");
        command.SetAction(parse => host.Run(parse, context =>
        {
            using var store = ContactStore.OpenReadOnly(context.DatabasePath, context.Clock, ReadOnlyReason);
            var me = context.Config.ApplyTo(store.Me.Get());
            using var conditions = new ConditionTrial();
            var globals = new ConsoleGlobals(store, me, context.Clock.GetUtcNow(), () => context.Catalog, conditions);
            var terminal = context.IsInteractive;
            var loop = new ConsoleLoop(new ConsoleSession(globals, terminal ? "console" : "stdin"), context.Output, context.Error, store.Path)
            {
                Json = context.Json,
                Debug = context.Debug,
            };
            if (terminal)
            {
                context.Output.WriteLine($"Playbook console over {store.Path} (read-only). Type Help for what it offers, Ctrl+D to end.");
                loop.RunOnTerminal(new ConsoleHistory(context.Paths.ConsoleHistory));
            }
            else
            {
                loop.Run(context.Input);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
