using System.Globalization;
using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// Reads a regular expression's text for the literal words that every match of it must contain: at least one of the
/// set (<c>\bnot (really )?interested\b</c> needs "not interested" or "not really interested"; <c>\b(call|zoom)\b.*</c>
/// needs "call" or "zoom"). A text that holds none of them cannot match, so the expression need not run. The reading
/// is conservative: anything it does not fully understand (inline options, conditionals, balancing groups, octal or
/// control escapes, character class subtraction, options other than culture-invariance) gives no set, and the
/// expression always runs.
/// </summary>
internal sealed partial class RequiredLiterals
{
    /// <summary>The most characters a character class may stand for to count as a set of one-character strings.</summary>
    private const int MostClassCharacters = 32;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly string _pattern;
    private int _at;

    private RequiredLiterals(string pattern) => _pattern = pattern;

    /// <summary>
    /// The strings one of which every match of <paramref name="regex"/> contains (ordinal, case-sensitive); null when
    /// it cannot tell, or when a match may hold none (a pattern that can match the empty string).
    /// </summary>
    public static IReadOnlyList<string>? Of(Regex regex) => Readable(regex) ? Of(regex.ToString()) : null;

    /// <summary>The strings one of which every match of <paramref name="pattern"/> contains; null when it cannot tell.</summary>
    public static IReadOnlyList<string>? Of(string pattern) =>
        Read(pattern)?.Needed() is { } needed ? [.. needed.Order(StringComparer.Ordinal)] : null;

    /// <summary>
    /// Sets of strings that every match of <paramref name="regex"/> contains one of each, in this order, each after the
    /// one before (<c>\b(?:in|en)\b.{0,30}\btalk\b</c> holds "in" or "en" and then "talk"); an empty set stands for one
    /// decimal digit of any script (<c>\d</c>). Null when it cannot tell. Often far more telling than the one set
    /// <see cref="Of(Regex)"/> gives.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>>? ChainOf(Regex regex) => Readable(regex) ? ChainOf(regex.ToString()) : null;

    /// <summary>The chain of sets every match of <paramref name="pattern"/> holds in turn; null when it cannot tell.</summary>
    public static IReadOnlyList<IReadOnlyList<string>>? ChainOf(string pattern) =>
        Read(pattern)?.Links() is { Count: > 0 } links ? [.. links.Select(set => (IReadOnlyList<string>)[.. set.Order(StringComparer.Ordinal)])] : null;

    // Explicit capture changes which groups capture, not what matches; compiling changes neither.
    private static bool Readable(Regex regex) =>
        (regex.Options & ~(RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled)) == RegexOptions.None;

    private static PatternPiece? Read(string pattern)
    {
        try
        {
            var reader = new RequiredLiterals(pattern);
            var whole = reader.Alternation();
            return reader._at == pattern.Length ? whole : null;
        }
        catch (Unsupported)
        {
            return null;
        }
    }

    private PatternPiece Alternation()
    {
        var branches = new List<PatternPiece> { Sequence() };
        while (Peek() == '|')
        {
            _at++;
            branches.Add(Sequence());
        }

        return branches.Count == 1 ? branches[0] : PatternPiece.Either(branches);
    }

    private PatternPiece Sequence()
    {
        var items = new List<PatternPiece>();
        while (_at < _pattern.Length && Peek() is not ('|' or ')'))
        {
            items.Add(Quantified(Atom()));
        }

        return PatternPiece.Then(items);
    }

    private PatternPiece Quantified(PatternPiece atom)
    {
        int min;
        int? max;
        switch (Peek())
        {
            case '?':
                (min, max) = (0, 1);
                _at++;
                break;
            case '*':
                (min, max) = (0, null);
                _at++;
                break;
            case '+':
                (min, max) = (1, null);
                _at++;
                break;
            case '{' when Braces() is { } braces:
                (min, max) = braces;
                break;
            default:
                return atom;
        }

        if (Peek() == '?')
        {
            _at++;
        }

        if (Peek() is '?' or '*' or '+' || (Peek() == '{' && Braces(advance: false) is not null))
        {
            throw new Unsupported();
        }

        return atom.Repeated(min, max);
    }

    /// <summary>A quantifier in braces at the current place, {n}, {n,} or {n,m}; null when the brace is a literal one.</summary>
    private (int Min, int? Max)? Braces(bool advance = true)
    {
        var close = _pattern.IndexOf('}', _at);
        if (close < 0)
        {
            return null;
        }

        var inside = _pattern[(_at + 1)..close];
        var comma = inside.IndexOf(',', StringComparison.Ordinal);
        var low = comma < 0 ? inside : inside[..comma];
        var high = comma < 0 ? inside : inside[(comma + 1)..];
        if (!IsNumber(low) || (comma >= 0 && high.Length > 0 && !IsNumber(high)))
        {
            return null;
        }

        if (advance)
        {
            _at = close + 1;
        }

        var min = int.Parse(low, CultureInfo.InvariantCulture);
        return (min, high.Length == 0 ? null : int.Parse(high, CultureInfo.InvariantCulture));
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 6 && text.All(char.IsAsciiDigit);

    private PatternPiece Atom()
    {
        var c = _pattern[_at++];
        switch (c)
        {
            case '(':
                return Group();
            case '[':
                return Class();
            case '.':
                return PatternPiece.Unknown;
            case '^' or '$':
                return PatternPiece.Empty;
            case '\\':
                return Escape();
            case '*' or '+' or '?':
                throw new Unsupported();
            case '{' when Braces(advance: false) is not null:
                throw new Unsupported();
            default:
                return PatternPiece.Literal(c);
        }
    }

    private PatternPiece Group()
    {
        PatternPiece inner;
        if (Peek() != '?')
        {
            inner = Alternation();
        }
        else if (Next("?:") || Next("?>"))
        {
            inner = Alternation();
        }
        else if (Next("?=") || Next("?!") || Next("?<=") || Next("?<!"))
        {
            // A look-around tests the text around the match and is no part of it.
            Alternation();
            inner = PatternPiece.Empty;
        }
        else if (Next("?<") || Next("?'"))
        {
            var end = _pattern[_at - 1] == '<' ? '>' : '\'';
            var close = _pattern.IndexOf(end, _at);
            if (close < 0 || !_pattern[_at..close].All(ch => char.IsLetterOrDigit(ch) || ch == '_'))
            {
                throw new Unsupported();
            }

            _at = close + 1;
            inner = Alternation();
        }
        else
        {
            throw new Unsupported();
        }

        if (Peek() != ')')
        {
            throw new Unsupported();
        }

        _at++;
        return inner;
    }

    private PatternPiece Escape()
    {
        if (_at >= _pattern.Length)
        {
            throw new Unsupported();
        }

        var c = _pattern[_at++];
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return PatternPiece.Empty;
            case 'd':
                return PatternPiece.Digit;
            case 'D' or 'w' or 'W' or 's' or 'S':
                return PatternPiece.Unknown;
            case 'p' or 'P':
                SkipName('{', '}');
                return PatternPiece.Unknown;
            case 'k':
                SkipName('<', '>');
                return PatternPiece.Unknown;
            case >= '1' and <= '9':
                while (Peek() is >= '0' and <= '9')
                {
                    _at++;
                }

                return PatternPiece.Unknown;
            default:
                return PatternPiece.Literal(EscapedCharacter(c));
        }
    }

    /// <summary>The character an escape stands for, outside a class or inside one (where \b is not an edge).</summary>
    private char EscapedCharacter(char c)
    {
        switch (c)
        {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'v':
                return '\v';
            case 'e':
                return '\u001b';
            case 'a':
                return '\a';
            case 'x':
                return Hex(2);
            case 'u':
                return Hex(4);
            default:
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    throw new Unsupported();
                }

                return c;
        }
    }

    private char Hex(int digits)
    {
        if (_at + digits > _pattern.Length || _pattern.AsSpan(_at, digits).ContainsAnyExcept(HexDigits))
        {
            throw new Unsupported();
        }

        var value = int.Parse(_pattern.AsSpan(_at, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _at += digits;
        return (char)value;
    }

    private void SkipName(char open, char close)
    {
        if (Peek() != open)
        {
            throw new Unsupported();
        }

        var end = _pattern.IndexOf(close, _at);
        _at = end < 0 ? throw new Unsupported() : end + 1;
    }

    private char Peek() => _at < _pattern.Length ? _pattern[_at] : '\0';

    private bool Next(string text)
    {
        if (string.CompareOrdinal(_pattern, _at, text, 0, text.Length) != 0)
        {
            return false;
        }

        _at += text.Length;
        return true;
    }

    /// <summary>A construct this reading does not follow: the pattern gets no set.</summary>
    private sealed class Unsupported : Exception;
}
