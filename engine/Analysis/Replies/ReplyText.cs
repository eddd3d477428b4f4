using System.Text.RegularExpressions;
using RegexMatch = System.Text.RegularExpressions.Match;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>What the classifier measures of a reply's text itself: its words, whole characters, a time of day, and a cue's quote.</summary>
internal static partial class ReplyText
{
    /// <summary>
    /// <paramref name="text"/> with any half of a surrogate pair left alone by a cut (a rule's bounded match may end
    /// between the two) made a replacement character, as the language detector needs whole characters.
    /// </summary>
    internal static string Whole(string text)
    {
        var builder = default(System.Text.StringBuilder);
        for (var i = 0; i < text.Length; i++)
        {
            var paired = char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(text[i]) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                builder ??= new System.Text.StringBuilder(text);
                builder[i] = '\uFFFD';
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>How many of the pieces of <paramref name="text"/> between blanks (spaces, tabs, new lines) hold a letter.</summary>
    internal static int Words(string text)
    {
        var words = 0;
        var letter = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\n' or '\t')
            {
                words += letter ? 1 : 0;
                letter = false;
            }
            else
            {
                letter |= char.IsLetter(c);
            }
        }

        return words + (letter ? 1 : 0);
    }

    /// <summary>Whether <paramref name="text"/> holds a letter or a digit.</summary>
    internal static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="match"/> stands in <paramref name="text"/>, with up to 20 characters either side, for a cue.</summary>
    internal static string Quote(string text, RegexMatch match)
    {
        var start = Math.Max(0, match.Index - 20);
        var end = Math.Min(text.Length, match.Index + match.Length + 20);
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    [GeneratedRegex(@"\b(?:at|a las|sobre las|around|@)\s?\d{1,2}(?:[:.h][0-5]\d)?\b(?![/-]\d)|(?<![\d./:])\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b(?![.:/]\d)|\b\d{1,2}\s?(?:am|pm)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TimeOfDay();

    /// <summary>Whether <paramref name="text"/> names a time of day (at 10, 14:30, 3pm); false when the look runs out of time.</summary>
    internal static bool HasTimeOfDay(string text)
    {
        try
        {
            return TimeOfDay().IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
