using System.CommandLine;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Configuration;
using Playbook.Engine.Import.Profiles;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Runtime;
using Playbook.Engine.Scripting;
using Playbook.Engine.Store;
using Playbook.Engine.Templates;

namespace Playbook.Tui.Cli;

/// <summary>What every command's action needs: the global options, the console and the environment.</summary>
internal sealed class CommandHost(GlobalOptions globals, TextReader input, TextWriter output, TextWriter error, Func<string, string?> environment)
{
    public GlobalOptions Globals { get; } = globals;

    /// <summary>Runs <paramref name="action"/> with a fresh context, turning known failures into one line and exit code 1.</summary>
    public int Run(ParseResult parse, Func<CliContext, int> action)
    {
        using var context = new CliContext(parse, Globals, output, error, environment) { Input = input };
        try
        {
            return action(context);
        }
        catch (Exception caught)
        {
            // SQLite's failures are the store's: said in the user's words, naming the file.
            var e = StoreException.FromSqlite(context.StorePath, caught) ?? caught;
            error.WriteLine(TerminalLine.Lines(e switch
            {
                // These name their file and position themselves.
                ImportException or StoreException or ConfigException or ReplyRulesException or ProfileException or InvalidDataException
                    or TemplateException or ConditionException => e.Message,
                NotFoundException or RuntimeException or ArgumentException => $"playbook: {e.Message}",
                _ => $"playbook: unexpected error: {e.Message}" + (context.Debug ? "" : " (run again with --debug for the stack trace)"),
            }));
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
