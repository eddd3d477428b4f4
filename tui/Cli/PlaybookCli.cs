using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Playbook.Tui.Cli;

/// <summary>
/// The <c>playbook</c> command line: global options anywhere on the line; exit code 0 when done, 1 when
/// the input or data was wrong (one line on stderr per problem), 2 when the command line itself was wrong.
/// Errors are caught here, at the boundary, and shown as one line; <c>--debug</c> adds the stack trace.
/// </summary>
internal static class PlaybookCli
{
    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var desk = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsInputRedirected && IsDeskLine(args);
        if (desk)
        {
            // The desk is what a person waits for: Terminal.Gui's set-up runs on the other core while the command line
            // is parsed and the store opened on this one.
            Views.DeskApp.Preload();
        }

        var host = new CommandHost(new GlobalOptions(), input, output, error, environment);
        // A line that opens the desk is parsed by a root without the commands: building every command and its options
        // is most of the command line's start, and a line of global options alone parses the same without them.
        var root = desk ? BuildDeskRoot(host, args) : BuildRoot(host);
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

    /// <summary>The names of the root's commands, which a line that opens the desk does not hold (not even as an option's value).</summary>
    internal static readonly string[] CommandNames =
    [
        "import", "profile", "contacts", "events", "event", "me", "export", "playbooks", "check", "schema", "trust", "enable",
        "disable", "new", "test", "reclassify", "run", "tick", "why", "replay", "stats", "losing-touch", "runs", "journal",
        "drafts", "draft", "tasks", "task", "demo", "console", "completions",
    ];

    /// <summary>
    /// Whether <paramref name="args"/> holds global options alone (what opens the desk): options and their values, none
    /// of them a command's name (which the full command line could read as the command). Such a line parses the same
    /// with the root of <see cref="BuildDeskRoot"/> as with the whole command line.
    /// </summary>
    internal static bool IsDeskLine(string[] args)
    {
        if (args.Any(arg => Array.IndexOf(CommandNames, arg) >= 0))
        {
            return false;
        }

        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" or "--now" or "--playbooks":
                    i++;
                    break;
                case "--json" or "--debug":
                    break;
                case var option when option.StartsWith("--db=", StringComparison.Ordinal) || option.StartsWith("--now=", StringComparison.Ordinal)
                    || option.StartsWith("--playbooks=", StringComparison.Ordinal):
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>A parse error on one line: "Must be one of:" lists become comma-separated.</summary>
    internal static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines.Skip(1));
    }

    /// <summary>
    /// The root for a line of global options alone (<see cref="IsDeskLine"/>): the global options and the root's action,
    /// without the commands. Where the usage is printed instead of the desk, it is the whole command line's, for
    /// <paramref name="args"/>.
    /// </summary>
    internal static RootCommand BuildDeskRoot(CommandHost host, string[] args)
    {
        var root = Root(host);
        root.SetAction(parse => OpenDesk(host, parse) ?? BuildRoot(host).Parse(args).Invoke(parse.InvocationConfiguration));
        return root;
    }

    internal static RootCommand BuildRoot(CommandHost host)
    {
        var root = Root(host);
        root.Subcommands.Add(ImportCommand.Create(host));
        root.Subcommands.Add(ProfileCommand.Create(host));
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
        root.Subcommands.Add(TestCommand.Create(host));
        root.Subcommands.Add(ReclassifyCommand.Create(host));
        root.Subcommands.Add(RunCommand.Create(host));
        root.Subcommands.Add(TickCommand.Create(host));
        root.Subcommands.Add(WhyCommand.Create(host));
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
        root.Subcommands.Add(ConsoleCommand.Create(host));
        root.Subcommands.Add(CompletionsCommand.Create(host));
        root.SetAction(parse =>
        {
            if (OpenDesk(host, parse) is { } exitCode)
            {
                return exitCode;
            }

            new HelpAction().Invoke(parse);
            return ExitCodes.Ok;
        });
        return root;
    }

    /// <summary>The root command with the global options, without its commands or action.</summary>
    private static RootCommand Root(CommandHost host)
    {
        var root = new RootCommand("Playbook: deliberate professional networking, drafted from your own contact store.");
        foreach (var option in host.Globals.All)
        {
            root.Options.Add(option);
        }

        return root;
    }

    /// <summary>Without a command: the desk on a terminal; null in a pipe or a script, where the usage is printed instead.</summary>
    private static int? OpenDesk(CommandHost host, ParseResult parse)
    {
        var opened = host.Run(parse, context =>
        {
            if (!context.IsInteractive)
            {
                return -1;
            }

            Desk.StartTimes.Mark("the command line parsed");
            using var desk = context.OpenDesk();
            Desk.StartTimes.Mark("config.yaml read");
            return Views.DeskApp.Run(desk, context.Error);
        });
        return opened == -1 ? null : opened;
    }
}
