using System.Text;
using System.Text.RegularExpressions;

namespace Playbook.Engine.Templates;

/// <summary>
/// The whitespace rules that let a template be written readably and still render a tidy message, so a field
/// that is empty never leaves a gap:
/// <list type="bullet">
/// <item>A line that holds only tags (<c>{% if contact.company %}</c>, <c>{% endif %}</c>) leaves nothing behind,
/// not even its line break; a line that holds only an output that renders empty leaves an empty line.</item>
/// <item>Runs of spaces and tabs become one space; lines are trimmed at both ends.</item>
/// <item>Empty lines between paragraphs collapse to one; empty lines at the start and end go.</item>
/// <item>Line ends are <c>\n</c>.</item>
/// </list>
/// </summary>
internal static partial class DraftText
{
    /// <summary>
    /// Marks the end of a tag-only line in the source. A private-use character, so it never appears in real
    /// text; it is placed after the line's last tag, so the positions Fluid reports in the source do not move.
    /// </summary>
    private const char TagLineEnd = '\uE000';

    /// <summary>The template source ready to parse: <c>\n</c> line ends, tag-only lines marked.</summary>
    public static string Prepare(string source)
    {
        var text = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!text.Contains("{%", StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (TagOnlyLine().IsMatch(lines[i]))
            {
                lines[i] += TagLineEnd;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// The length of line <paramref name="line"/> (from 1) of prepared text without its tag-line marker, so a
    /// position past the end of a line can be told as the person sees it; <see cref="int.MaxValue"/> past the last line.
    /// </summary>
    public static int VisibleLength(string prepared, int line)
    {
        var lines = prepared.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd(TagLineEnd).Length : int.MaxValue - 1;
    }

    /// <summary>The rendered text with the whitespace rules applied.</summary>
    public static string Tidy(string rendered)
    {
        var result = new StringBuilder(rendered.Length);
        var pendingBlank = false;
        foreach (var line in rendered.AsSpan().EnumerateLines())
        {
            if (line.Contains(TagLineEnd) && IsBlank(line))
            {
                continue;
            }

            var separator = result.Length == 0 ? "" : pendingBlank ? "\n\n" : "\n";
            if (!AppendCollapsed(result, line, separator))
            {
                pendingBlank = result.Length > 0;
                continue;
            }

            pendingBlank = false;
        }

        // A value that ends a sentence with its own full stop ("Acme S.A.") leaves two; an ellipsis stays.
        return DoubleStop().Replace(result.ToString(), ".");
    }

    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleStop();

    /// <summary>Whether <paramref name="line"/> holds nothing but blanks and tag-line markers.</summary>
    private static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c is not (' ' or '\t' or TagLineEnd))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Appends <paramref name="line"/> after <paramref name="separator"/>, trimmed, inner runs of blanks collapsed,
    /// markers dropped; appends nothing and returns false for a blank line.
    /// </summary>
    private static bool AppendCollapsed(StringBuilder result, ReadOnlySpan<char> line, string separator)
    {
        var wroteAny = false;
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c == TagLineEnd)
            {
                continue;
            }

            if (c is ' ' or '\t')
            {
                pendingSpace = wroteAny;
                continue;
            }

            if (!wroteAny)
            {
                result.Append(separator);
                wroteAny = true;
            }
            else if (pendingSpace)
            {
                result.Append(' ');
            }

            pendingSpace = false;
            result.Append(c);
        }

        return wroteAny;
    }

    // Blanks, then one or more {% ... %} tags (none of which closes early), then blanks: nothing is output.
    [GeneratedRegex(@"^[ \t]*(?:\{%(?:(?!%\}).)*%\}[ \t]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TagOnlyLine();
}
