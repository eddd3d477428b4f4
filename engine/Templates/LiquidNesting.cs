namespace Playbook.Engine.Templates;

/// <summary>
/// Reads a template's text before Fluid parses it, for what would make Fluid's parser (or its renderer) recurse too
/// deep and overflow the stack, which no exception handler survives: blocks nested more than
/// <see cref="TemplateLimits.MaxNesting"/> deep, parentheses and brackets nested more than
/// <see cref="TemplateLimits.MaxBrackets"/> deep in one tag, more than <see cref="TemplateLimits.MaxChain"/> filters
/// and operators chained in one tag. It only counts; Fluid still judges the syntax. The first place each limit is
/// passed is reported, at its line and column.
/// </summary>
internal static class LiquidNesting
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "if", "unless", "for", "case", "capture", "tablerow", "ifchanged",
    };

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "and", "or", "contains" };

    /// <summary>Each limit <paramref name="text"/> passes: where (line and column from 1) and what to change.</summary>
    public static List<(int Line, int Column, string Message)> Scan(string text)
    {
        var found = new List<(int Line, int Column, string Message)>();
        var depth = 0;
        bool nestingReported = false, bracketsReported = false, chainReported = false;
        var at = 0;
        while ((at = text.IndexOf('{', at)) >= 0 && at + 1 < text.Length)
        {
            var kind = text[at + 1];
            if (kind is not ('{' or '%'))
            {
                at++;
                continue;
            }

            var start = at;
            var end = MarkupEnd(text, at + 2, kind == '{' ? '}' : '%');
            var (brackets, bracketAt, chain) = Measure(text, at + 2, end);
            if (brackets > TemplateLimits.MaxBrackets && !bracketsReported)
            {
                bracketsReported = true;
                found.Add(Place(text, bracketAt,
                    $"parentheses and brackets nest more than {TemplateLimits.MaxBrackets} deep here; a tag may nest at most {TemplateLimits.MaxBrackets}"));
            }

            if (chain > TemplateLimits.MaxChain && !chainReported)
            {
                chainReported = true;
                found.Add(Place(text, start,
                    $"this tag chains {TemplateLimits.Show(chain)} filters and operators; a tag may chain at most {TemplateLimits.MaxChain}: split it with {{% assign %}}"));
            }

            at = Math.Min(text.Length, end + 2);
            if (kind == '{')
            {
                continue;
            }

            var name = TagName(text, start + 2, end);
            if (name is "raw" or "comment")
            {
                // Fluid reads their content as text: what looks like tags in it is not.
                var close = FindTag(text, at, "end" + name);
                at = close < 0 ? text.Length : close;
            }
            else if (Blocks.Contains(name))
            {
                depth++;
                if (depth > TemplateLimits.MaxNesting && !nestingReported)
                {
                    nestingReported = true;
                    found.Add(Place(text, start,
                        $"blocks ({{% if %}}, {{% for %}}, ...) nest more than {TemplateLimits.MaxNesting} deep here; a template may nest at most {TemplateLimits.MaxNesting}"));
                }
            }
            else if (name.StartsWith("end", StringComparison.Ordinal) && Blocks.Contains(name[3..]) && depth > 0)
            {
                depth--;
            }
        }

        return found;
    }

    /// <summary>Where the markup opened before <paramref name="from"/> ends: its closing <c>}}</c> or <c>%}</c>, outside quotes; else the end of the text.</summary>
    private static int MarkupEnd(string text, int from, char closing)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == closing && i + 1 < text.Length && text[i + 1] == '}')
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>The deepest nesting of brackets in a markup (and where it first passes the limit), and how many filters and operators it chains.</summary>
    private static (int Depth, int DepthAt, int Chain) Measure(string text, int from, int to)
    {
        int depth = 0, deepest = 0, deepestAt = from, chain = 0;
        char? quote = null;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '(' or '[':
                    depth++;
                    deepestAt = depth == TemplateLimits.MaxBrackets + 1 && deepest <= TemplateLimits.MaxBrackets ? i : deepestAt;
                    deepest = Math.Max(deepest, depth);

                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '|' or '<' or '>' or '=' or '!':
                    // '==', '!=', '<>', '<=' and '>=' count once: only their first character does.
                    chain += i > from && text[i - 1] is '<' or '>' or '=' or '!' && c is not '|' ? 0 : 1;
                    break;
                default:
                    if (char.IsAsciiLetter(c) && (i == from || !IsWordPart(text[i - 1])))
                    {
                        var end = i;
                        while (end < to && IsWordPart(text[end]))
                        {
                            end++;
                        }

                        chain += Words.Contains(text[i..end]) ? 1 : 0;
                        i = end - 1;
                    }

                    break;
            }
        }

        return (deepest, deepestAt, chain);
    }

    private static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    /// <summary>The name of the tag whose markup runs from <paramref name="from"/> (after <c>{%</c>) to <paramref name="to"/>.</summary>
    private static string TagName(string text, int from, int to)
    {
        var i = from;
        while (i < to && (text[i] == '-' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        var start = i;
        while (i < to && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>Where the tag <paramref name="name"/> (<c>{% endraw %}</c>) starts at or after <paramref name="from"/>, or -1.</summary>
    private static int FindTag(string text, int from, string name)
    {
        var at = from;
        while ((at = text.IndexOf("{%", at, StringComparison.Ordinal)) >= 0)
        {
            var end = MarkupEnd(text, at + 2, '%');
            if (TagName(text, at + 2, end) == name)
            {
                return at;
            }

            at += 2;
        }

        return -1;
    }

    private static (int Line, int Column, string Message) Place(string text, int index, string message)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, index).Count('\n');
        return (line, index - lineStart + 1, message);
    }
}
