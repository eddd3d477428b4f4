using System.Text;
using Playbook.Engine.Console;
using Playbook.Engine.Store;

namespace Playbook.Tui.Cli;

/// <summary>
/// Reads the console's entries, runs each through its <see cref="ConsoleSession"/> and prints what it gave: values on
/// the output, compile errors (placed at their line and column) and failures on the error stream, after which the
/// console goes on.
/// </summary>
internal sealed class ConsoleLoop(ConsoleSession session, TextWriter output, TextWriter error, string storePath)
{
    /// <summary>How many elements of a sequence a terminal shows before it says how to see more.</summary>
    private const int TerminalLimit = 100;

    /// <summary>Whether values are printed as one line of JSON each.</summary>
    public bool Json { get; init; }

    /// <summary>Whether a failure prints its stack trace.</summary>
    public bool Debug { get; init; }

    /// <summary>Runs every entry of <paramref name="input"/>, line by line: an entry goes on over the lines after it until it is complete C#.</summary>
    public void Run(TextReader input)
    {
        var entry = new StringBuilder();
        var number = 0;
        var first = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (entry.Length == 0)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                first = number;
            }

            entry.Append(line).Append('\n');
            if (ConsoleSession.IsComplete(entry.ToString()))
            {
                Submit(entry.ToString(), first, int.MaxValue);
                entry.Clear();
            }
        }

        if (entry.Length > 0)
        {
            // The input ended inside an entry: run it anyway, so that what is missing is said where it is.
            Submit(entry.ToString(), first, int.MaxValue);
        }
    }

    /// <summary>Runs entries typed at a terminal, with a prompt, line editing and <paramref name="history"/>, until Ctrl+D.</summary>
    public void RunOnTerminal(ConsoleHistory history)
    {
        var warming = session.WarmUpAsync(CancellationToken.None);
        var editor = new LineEditor(history.Load());
        var entry = new StringBuilder();
        while (editor.ReadLine(entry.Length == 0 ? "> " : ". ") is { } line)
        {
            if (entry.Length == 0)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (line.Trim() is "exit" or "quit")
                {
                    break;
                }
            }

            history.Add(line);
            entry.Append(line).Append('\n');
            if (ConsoleSession.IsComplete(entry.ToString()))
            {
                warming.GetAwaiter().GetResult();
                Submit(entry.ToString(), 1, TerminalLimit);
                entry.Clear();
            }
        }

        output.WriteLine();
    }

    private void Submit(string entry, int firstLine, int limit)
    {
        var outcome = session.SubmitAsync(entry, firstLine, CancellationToken.None).GetAwaiter().GetResult();
        switch (outcome.Kind)
        {
            case ConsoleOutcomeKind.Value:
                try
                {
                    foreach (var line in ConsoleValues.Lines(outcome.Value, Json, limit))
                    {
                        output.WriteLine(line);
                    }
                }
                catch (Exception e)
                {
                    // Reading a sequence runs the query: it can fail as the entry itself could.
                    Failed(e, firstLine);
                }

                break;
            case ConsoleOutcomeKind.CompileError:
                foreach (var problem in outcome.Errors)
                {
                    error.WriteLine(problem);
                }

                break;
            case ConsoleOutcomeKind.Failed:
                Failed(outcome.Exception!, firstLine);
                break;
        }

        output.Flush();
        error.Flush();
    }

    private void Failed(Exception thrown, int firstLine)
    {
        var e = thrown is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : thrown;
        var place = $"{session.InputName}({firstLine},1): ";
        error.WriteLine(
            // SQLite's failures are the store's, said in the user's words (damaged, busy), naming the file.
            StoreException.FromSqlite(storePath, e) is { } store ? place + store.Message
            : e is TrialException ? place + e.Message.ReplaceLineEndings("\n" + new string(' ', place.Length))
            : $"{place}{e.GetType().Name}: {e.Message}");
        if (Debug)
        {
            error.WriteLine(e.ToString());
        }
    }
}
