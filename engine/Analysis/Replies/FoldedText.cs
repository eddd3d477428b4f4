using System.Globalization;
using System.Text;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>
/// A message folded as the rules read it (lower case, no accents, blanks collapsed, punctuation kept), remembering where
/// each folded character came from, so that a name the rules find ("marta vidal") is given back as it was written
/// ("Marta Vidal"). Folds one character at a time, so a broken surrogate in the message is a replacement character,
/// never an exception.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _origins;

    private FoldedText(string original, string text, int[] origins)
    {
        Original = original;
        Text = text;
        _origins = origins;
    }

    /// <summary>The message as written (cut to its beginning when enormous).</summary>
    public string Original { get; }

    /// <summary>The folded message.</summary>
    public string Text { get; }

    /// <summary>The folded form of <paramref name="body"/>, its first <paramref name="maxCharacters"/> characters.</summary>
    public static FoldedText Of(string? body, int maxCharacters)
    {
        var original = body is null ? "" : body.Length > maxCharacters ? body[..maxCharacters] : body;
        var text = new StringBuilder(original.Length);
        var origins = new List<int>(original.Length);
        var pendingSpace = false;
        var index = 0;
        foreach (var rune in original.EnumerateRunes())
        {
            var at = index;
            index += rune.Utf16SequenceLength;
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (rune.IsAscii)
            {
                if (pendingSpace)
                {
                    text.Append(' ');
                    origins.Add(at);
                    pendingSpace = false;
                }

                text.Append(char.ToLowerInvariant((char)rune.Value));
                origins.Add(at);
                continue;
            }

            foreach (var c in rune.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (pendingSpace)
                {
                    text.Append(' ');
                    origins.Add(at);
                    pendingSpace = false;
                }

                text.Append(char.ToLowerInvariant(c));
                origins.Add(at);
            }
        }

        return new FoldedText(original, text.ToString(), [.. origins]);
    }

    /// <summary>
    /// The original words of <paramref name="folded"/>, a piece of folded text, found in this message at or after
    /// <paramref name="from"/> in the folded text (the rules may have removed pleasantries, so it is found by content);
    /// null when it is not there.
    /// </summary>
    public string? OriginalOf(string folded, int from = 0)
    {
        if (folded.Length == 0)
        {
            return "";
        }

        var start = Text.IndexOf(folded, Math.Clamp(from, 0, Text.Length), StringComparison.Ordinal);
        if (start < 0)
        {
            start = Text.IndexOf(folded, StringComparison.Ordinal);
        }

        if (start < 0)
        {
            return null;
        }

        var last = start + folded.Length - 1;
        var end = last + 1 < _origins.Length ? _origins[last + 1] : Original.Length;
        // A folded character from a letter with an accent ends where the next one starts: keep the whole letter.
        end = Math.Max(end, _origins[last] + 1);
        return Original[_origins[start]..end].Trim();
    }
}
