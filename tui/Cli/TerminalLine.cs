using System.Globalization;
using System.Text;

namespace Playbook.Tui.Cli;

/// <summary>
/// A problem's line as it may be printed on a terminal. A message may quote the file it is about (a line of a calendar
/// that does not parse, a name from a damaged export), and such a file may hold control characters: an escape sequence
/// that clears the screen or retitles the window, a carriage return that hides what came before, a line break that
/// makes one problem look like two. Each is shown as its code (<c>\x1B</c>) instead, on the one line.
/// </summary>
internal static class TerminalLine
{
    /// <summary>
    /// <paramref name="text"/> as lines of their own where it has several by design (a configuration file's mistakes, one
    /// a line), each as <see cref="Of"/> makes it.
    /// </summary>
    public static string Lines(string text) => text.Contains('\n', StringComparison.Ordinal) ? string.Join('\n', text.Split('\n').Select(Of)) : Of(text);

    public static string Of(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                line.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString();
    }

    // C0 and C1 controls and DEL; a tab stays, as it moves nothing but the cursor along the line.
    private static bool IsControl(char c) => c != '\t' && char.IsControl(c);
}
