using System.Globalization;
using System.Text;

namespace Playbook.Tui.Cli;

/// <summary>
/// Reads one line at a terminal with the keys a shell has: left and right, Home and End, Backspace and Delete, up and
/// down through the history, Ctrl+C to drop the line, Ctrl+D on an empty line to end.
/// </summary>
internal sealed class LineEditor(List<string> history)
{
    /// <summary>Where the cursor was last put, as an index in the line: the row the next redraw starts from.</summary>
    private int _shown;

    /// <summary>The line typed, or null at the end of input (Ctrl+D on an empty line, or standard input closed).</summary>
    public string? ReadLine(string prompt)
    {
        Console.Write(prompt);
        var line = new StringBuilder();
        var cursor = 0;
        _shown = 0;
        var recalled = history.Count;
        var treatControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        Redraw(prompt, line, line.Length);
                        Console.WriteLine();
                        var typed = line.ToString();
                        if (typed.Length > 0)
                        {
                            history.Add(typed);
                        }

                        return typed;
                    case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control):
                        if (line.Length == 0)
                        {
                            return null;
                        }

                        break;
                    case ConsoleKey.C when key.Modifiers.HasFlag(ConsoleModifiers.Control):
                        Redraw(prompt, line, line.Length);
                        Console.WriteLine("^C");
                        Console.Write(prompt);
                        line.Clear();
                        cursor = 0;
                        _shown = 0;
                        continue;
                    case ConsoleKey.Backspace when cursor > 0:
                        line.Remove(--cursor, 1);
                        break;
                    case ConsoleKey.Delete when cursor < line.Length:
                        line.Remove(cursor, 1);
                        break;
                    case ConsoleKey.LeftArrow when cursor > 0:
                        cursor--;
                        break;
                    case ConsoleKey.RightArrow when cursor < line.Length:
                        cursor++;
                        break;
                    case ConsoleKey.Home:
                        cursor = 0;
                        break;
                    case ConsoleKey.End:
                        cursor = line.Length;
                        break;
                    case ConsoleKey.UpArrow when recalled > 0:
                        Recall(line, history[--recalled], ref cursor);
                        break;
                    case ConsoleKey.DownArrow when recalled < history.Count:
                        recalled++;
                        Recall(line, recalled == history.Count ? "" : history[recalled], ref cursor);
                        break;
                    default:
                        if (key.KeyChar >= ' ' || key.KeyChar == '\t')
                        {
                            line.Insert(cursor++, key.KeyChar == '\t' ? "    " : key.KeyChar.ToString());
                            cursor += key.KeyChar == '\t' ? 3 : 0;
                        }

                        break;
                }

                Redraw(prompt, line, cursor);
            }
        }
        catch (InvalidOperationException)
        {
            // Standard input is not a terminal after all: read it as a pipe.
            return line.Length > 0 ? line.ToString() : Console.In.ReadLine();
        }
        finally
        {
            Console.TreatControlCAsInput = treatControlC;
        }
    }

    private static void Recall(StringBuilder line, string text, ref int cursor)
    {
        line.Clear().Append(text);
        cursor = line.Length;
    }

    /// <summary>
    /// Writes the line again after the prompt and puts the cursor at <paramref name="cursor"/>. A line longer than the
    /// terminal is wide wraps over several rows: the redraw starts from the prompt's row, wherever the cursor was.
    /// </summary>
    private void Redraw(string prompt, StringBuilder line, int cursor)
    {
        var width = Width();
        var text = new StringBuilder();
        var up = (prompt.Length + _shown) / width;
        if (up > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{up}A");
        }

        text.Append('\r').Append(prompt).Append(line).Append("\u001b[J");
        var end = prompt.Length + line.Length;
        if (end % width == 0 && line.Length > 0)
        {
            // At the last column the terminal waits to wrap: go to the next row, where the count says the cursor is.
            text.Append("\r\n");
        }

        var back = end / width - (prompt.Length + cursor) / width;
        if (back > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{back}A");
        }

        var column = (prompt.Length + cursor) % width;
        text.Append('\r');
        if (column > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{column}C");
        }

        Console.Write(text.ToString());
        _shown = cursor;
    }

    private static int Width()
    {
        try
        {
            return Math.Max(Console.WindowWidth, 10);
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
