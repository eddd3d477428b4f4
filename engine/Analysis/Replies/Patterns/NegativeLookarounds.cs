using System.Text;
using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// The negative look-arounds of a pattern (<c>(?!…)</c>, <c>(?&lt;!…)</c>) every match of which needs words
/// (<see cref="RequiredLiterals"/>), and the pattern's text without them. In a text that does not hold those words, in
/// order, such a look-around cannot match anywhere, so it never fails, and the pattern without it finds exactly what
/// the pattern finds, group for group. Such a look-around is looked at every place the pattern could match (a referral
/// rule's look-behind for "urgent…" over the 80 characters before each verb): over most replies it was the costliest
/// part of running the pattern.
/// </summary>
internal sealed class NegativeLookarounds
{
    private NegativeLookarounds(string without, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> chains)
    {
        Without = without;
        Chains = chains;
    }

    /// <summary>The pattern's text without the look-arounds.</summary>
    public string Without { get; }

    /// <summary>The words of each look-around taken out: the sets every match of it holds one of each, in turn.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Chains { get; }

    /// <summary>
    /// The negative look-arounds of <paramref name="regex"/> that can be left out in a text without their words; null
    /// when there are none, or when the pattern's text is not one this reading follows (free spacing, a character class
    /// with a subtraction), or a look-around holds a group that captures (leaving it out would renumber the groups).
    /// </summary>
    public static NegativeLookarounds? Of(Regex regex)
    {
        if ((regex.Options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            return null;
        }

        var pattern = regex.ToString();
        var kept = new StringBuilder(pattern.Length);
        var chains = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var last = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (PastEscapeOrClass(pattern, i) is var past && past != i)
            {
                if ((i = past) < 0)
                {
                    return null;
                }

                continue;
            }

            if (pattern[i] == '(' && OpeningOf(pattern, i) is var opening and > 0)
            {
                var close = Closing(pattern, i);
                if (close < 0)
                {
                    return null;
                }

                var content = pattern[(i + opening)..close];
                if (!Quantified(pattern, close) && !Captures(content) && ChainOf(content, regex) is { } chain)
                {
                    kept.Append(pattern, last, i - last);
                    chains.Add(chain);
                    last = close + 1;
                    i = close;
                }
            }
        }

        if (chains.Count == 0)
        {
            return null;
        }

        kept.Append(pattern, last, pattern.Length - last);
        var without = kept.ToString();
        try
        {
            _ = new Regex(without, regex.Options & ~RegexOptions.Compiled, regex.MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return new NegativeLookarounds(without, chains);
    }

    /// <summary>
    /// For an escape (<c>\x</c>) or a character class (<c>[…]</c>) at <paramref name="at"/>, the place of its last
    /// character, so that a loop over the pattern's characters steps over it unread; -1 for a class it does not follow;
    /// else <paramref name="at"/> itself.
    /// </summary>
    private static int PastEscapeOrClass(string pattern, int at) => pattern[at] switch
    {
        '\\' => Math.Min(at + 1, pattern.Length - 1),
        '[' => EndOfClass(pattern, at),
        _ => at,
    };

    /// <summary>Whether the group whose text after its <c>(</c> is <paramref name="rest"/> captures nothing (non-capturing, a look-around, atomic).</summary>
    private static bool Quiet(ReadOnlySpan<char> rest) =>
        rest.StartsWith("?:") || rest.StartsWith("?=") || rest.StartsWith("?!") || rest.StartsWith("?>") || rest.StartsWith("?<=") || rest.StartsWith("?<!");

    /// <summary>Whether a quantifier follows the group that closes at <paramref name="close"/> (it would be left on nothing).</summary>
    private static bool Quantified(string pattern, int close) =>
        close + 1 < pattern.Length && pattern[close + 1] is '*' or '+' or '?' or '{';

    /// <summary>How many characters open a negative look-around at <paramref name="at"/> (<c>(?!</c> or <c>(?&lt;!</c>); 0 for another group.</summary>
    private static int OpeningOf(string pattern, int at) =>
        string.CompareOrdinal(pattern, at, "(?!", 0, 3) == 0 ? 3
        : string.CompareOrdinal(pattern, at, "(?<!", 0, 4) == 0 ? 4
        : 0;

    /// <summary>Where the group opened at <paramref name="open"/> closes; -1 when it does not, or the text is not followed.</summary>
    private static int Closing(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            if (PastEscapeOrClass(pattern, i) is var past && past != i)
            {
                if ((i = past) < 0)
                {
                    return -1;
                }

                continue;
            }

            depth += pattern[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && pattern[i] == ')')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the character class opened at <paramref name="open"/> ends; -1 for one with a subtraction, or unclosed.</summary>
    private static int EndOfClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        // A ']' first in the class is one of its characters.
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when pattern[i - 1] == '-':
                    return -1;
                case ']':
                    return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="content"/> holds a group that captures, or a conditional (read as if it did).</summary>
    private static bool Captures(string content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (PastEscapeOrClass(content, i) is var past && past != i)
            {
                if ((i = past) < 0)
                {
                    return true;
                }

                continue;
            }

            if (content[i] == '(' && !Quiet(content.AsSpan(i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words every match of <paramref name="content"/>, as an expression with <paramref name="regex"/>'s options, holds; null for none.</summary>
    private static IReadOnlyList<IReadOnlyList<string>>? ChainOf(string content, Regex regex)
    {
        try
        {
            return RequiredLiterals.ChainOf(new Regex(content, regex.Options & ~RegexOptions.Compiled, regex.MatchTimeout)) is { Count: > 0 } chain
                && chain.Any(set => set.Count > 0)
                ? chain
                : null;
        }
        catch (ArgumentException)
        {
            // A back-reference to a group outside it, or anything else it cannot be alone.
            return null;
        }
    }
}
