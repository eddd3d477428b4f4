using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Configuration;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;

namespace Playbook.Tui.Cli;

/// <summary>
/// The <c>playbook</c> command line: global options anywhere on the line; exit code 0 when done, 1 when
/// the input or data was wrong (one line on stderr per problem), 2 when the command line itself was wrong.
/// Errors are caught here, at the boundary, and shown as one line; <c>--debug</c> adds the stack trace.
/// </summary>
internal static class PlaybookCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var host = new CommandHost(new GlobalOptions(), output, error, environment);
        var root = BuildRoot(host);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction or null)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"playbook: {OneLine(problem.Message)}");
            }

            if (host.ErrorIsTerminal)
            {
                await error.WriteLineAsync("Run 'playbook --help' (or 'playbook COMMAND --help') for usage.");
            }

            return ExitCodes.BadCommandLine;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>A parse error on one line: "Must be one of:" lists become comma-separated.</summary>
    internal static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines.Skip(1));
    }

    internal static RootCommand BuildRoot(CommandHost host)
    {
        var root = new RootCommand("Playbook: deliberate professional networking, drafted from your own contact store.");
        foreach (var option in host.Globals.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(ImportCommand.Create(host));
        root.Subcommands.Add(ContactsCommand.Create(host));
        root.Subcommands.Add(EventsCommand.Create(host));
        root.Subcommands.Add(EventCommand.Create(host));
        root.Subcommands.Add(MeCommand.Create(host));
        root.Subcommands.Add(ExportCommand.Create(host));
        root.Subcommands.Add(PlaybooksCommand.Create(host));
        root.Subcommands.Add(CheckCommand.Create(host));
        root.Subcommands.Add(SchemaCommand.Create(host));
        root.Subcommands.Add(TrustCommand.Create(host));
        root.Subcommands.Add(EnableCommand.Create(host, enable: true));
        root.Subcommands.Add(EnableCommand.Create(host, enable: false));
        root.Subcommands.Add(NewCommand.Create(host));
        root.Subcommands.Add(ReclassifyCommand.Create(host));
        root.Subcommands.Add(RunCommand.Create(host));
        root.Subcommands.Add(TickCommand.Create(host));
        root.Subcommands.Add(ReplayCommand.Create(host));
        root.Subcommands.Add(StatsCommand.Create(host));
        root.Subcommands.Add(LosingTouchCommand.Create(host));
        root.Subcommands.Add(RunsCommand.Create(host));
        root.Subcommands.Add(JournalCommand.Create(host));
        root.Subcommands.Add(DraftsCommand.Create(host));
        root.Subcommands.Add(DraftCommand.Create(host));
        root.Subcommands.Add(TasksCommand.Create(host));
        root.Subcommands.Add(TaskCommand.Create(host));
        root.Subcommands.Add(DemoCommand.Create(host));
        root.SetAction(parse =>
        {
            // Without a command: the desk on a terminal, the usage in a pipe or a script.
            var opened = host.Run(parse, context =>
            {
                if (!context.IsInteractive)
                {
                    return -1;
                }

                using var desk = context.OpenDesk();
                return Views.DeskApp.Run(desk, context.Error);
            });
            if (opened == -1)
            {
                new HelpAction().Invoke(parse);
                return ExitCodes.Ok;
            }

            return opened;
        });
        return root;
    }
}

/// <summary>What every command's action needs: the global options, the console and the environment.</summary>
internal sealed class CommandHost(GlobalOptions globals, TextWriter output, TextWriter error, Func<string, string?> environment)
{
    public GlobalOptions Globals { get; } = globals;

    /// <summary>Runs <paramref name="action"/> with a fresh context, turning known failures into one line and exit code 1.</summary>
    public int Run(ParseResult parse, Func<CliContext, int> action)
    {
        using var context = new CliContext(parse, Globals, output, error, environment);
        try
        {
            return action(context);
        }
        catch (Exception e)
        {
            error.WriteLine(e switch
            {
                // These name their file and position themselves.
                ImportException or StoreException or ConfigException or ReplyRulesException or InvalidDataException => e.Message,
                NotFoundException or RuntimeException or ArgumentException => $"playbook: {e.Message}",
                _ => $"playbook: unexpected error: {e.Message}" + (context.Debug ? "" : " (run again with --debug for the stack trace)"),
            });
            if (context.Debug)
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.BadInput;
        }
    }

    /// <summary>Whether the error stream is a terminal, where progress may be drawn in place.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
}
