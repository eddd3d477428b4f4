using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>Turns the one-line HTML of older message exports into plain text with line breaks.</summary>
internal static partial class HtmlText
{
    /// <summary>Whether <paramref name="content"/> looks like HTML markup rather than plain text.</summary>
    public static bool LooksLikeHtml(string content) => KnownTag().IsMatch(content);

    /// <summary>The text of <paramref name="html"/>: blocks and breaks become new lines, entities are decoded.</summary>
    public static string ToText(string html)
    {
        var withBreaks = BlockBoundary().Replace(html, "\n");
        var listItems = ListItem().Replace(withBreaks, "\n- ");
        var stripped = AnyTag().Replace(listItems, "");
        var decoded = WebUtility.HtmlDecode(stripped).Replace('\u00A0', ' ');

        var builder = new StringBuilder(decoded.Length);
        var blankRun = 0;
        foreach (var rawLine in decoded.Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blankRun > 1 ? "\n\n" : "\n");
            }

            builder.Append(line.TrimStart());
            blankRun = 0;
        }

        return builder.ToString();
    }

    // A tag name follows '<' (or '</') directly; "if a < b && c > d" is text, not a <b> tag.
    [GeneratedRegex(@"</?(p|br|div|span|a|strong|em|b|i|u|ul|ol|li|h[1-6]|table|tr|td)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex KnownTag();

    [GeneratedRegex(@"<\s*(br\s*/?|/p|/div|/h[1-6]|/tr|/ul|/ol)\s*>|<\s*(p|div|ul|ol)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<\s*li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
