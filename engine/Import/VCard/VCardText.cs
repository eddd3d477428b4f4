using System.Text;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// vCard value escaping. <c>\n</c> and <c>\N</c> are line breaks; <c>\\</c>, <c>\,</c>, <c>\;</c> and
/// <c>\:</c> (written by Apple for URLs) are the character; any other backslash is kept, as vCard 2.1
/// values hold plain backslashes (<c>C:\Users</c>). Structured values split on unescaped separators
/// before they are unescaped, so that <c>Doe\, Inc.</c> stays one component.
/// </summary>
internal static class VCardText
{
    /// <summary>The components of <paramref name="value"/> between unescaped <paramref name="separator"/>s, still escaped.</summary>
    public static List<string> Split(string value, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == separator)
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }

        parts.Add(value[start..]);
        return parts;
    }

    /// <summary>The text of an escaped value, line breaks as <c>\n</c>, trimmed.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal) && !value.Contains('\r', StringComparison.Ordinal))
        {
            return value.Trim();
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r')
            {
                text.Append('\n');
                if (i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\\' && i + 1 < value.Length && value[i + 1] is 'n' or 'N' or '\\' or ',' or ';' or ':')
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>The unescaped, non-empty items of a list such as <c>CATEGORIES:a,b\,c</c>.</summary>
    public static IEnumerable<string> Items(string value, char separator) =>
        Split(value, separator).Select(Unescape).Where(item => item.Length > 0);
}
