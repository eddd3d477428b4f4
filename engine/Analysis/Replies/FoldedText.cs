using System.Buffers;
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
    /// <summary>
    /// The folded form of each character from U+0080 to U+024F (Latin-1 and the Latin extensions, which hold the
    /// accented letters of the languages replies come in), made once when first met: folding a letter with an accent
    /// otherwise makes two strings.
    /// </summary>
    private static readonly string?[] LatinFolds = new string?[0x250];

    // Null until a name is given back as written (OriginalOf), which few messages need.
    private int[]? _origins;

    private FoldedText(string original, string text)
    {
        Original = original;
        Text = text;
    }

    /// <summary>The message as written (cut to its beginning when enormous).</summary>
    public string Original { get; }

    /// <summary>The folded message.</summary>
    public string Text { get; }

    /// <summary>The folded form of <paramref name="body"/>, its first <paramref name="maxCharacters"/> characters.</summary>
    public static FoldedText Of(string? body, int maxCharacters)
    {
        var original = body is null ? "" : body.Length > maxCharacters ? body[..maxCharacters] : body;
        return new FoldedText(original, Fold(original, origins: null));
    }

    /// <summary>
    /// <paramref name="original"/> folded; with <paramref name="origins"/>, where in <paramref name="original"/> each
    /// folded character came from.
    /// </summary>
    private static string Fold(string original, List<int>? origins)
    {
        var text = new Folding(original.Length);
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
                Append(ref text, origins, ref pendingSpace, at, char.ToLowerInvariant((char)rune.Value));
                continue;
            }

            foreach (var c in Folds(rune))
            {
                Append(ref text, origins, ref pendingSpace, at, c);
            }
        }

        return text.Done();
    }

    private static void Append(ref Folding text, List<int>? origins, ref bool pendingSpace, int at, char c)
    {
        if (pendingSpace)
        {
            text.Append(' ');
            origins?.Add(at);
            pendingSpace = false;
        }

        text.Append(c);
        origins?.Add(at);
    }

    /// <summary>The folded text as it is made, in a buffer borrowed from the shared pool and given back when done.</summary>
    private ref struct Folding(int capacity)
    {
        private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

        public int Length { get; private set; }

        public void Append(char c)
        {
            if (Length == _buffer.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = larger;
            }

            _buffer[Length++] = c;
        }

        public readonly string Done()
        {
            var text = new string(_buffer, 0, Length);
            ArrayPool<char>.Shared.Return(_buffer);
            return text;
        }
    }

    /// <summary>A character beyond ASCII folded: its canonical decomposition without the accents, in lower case.</summary>
    private static string Folds(Rune rune)
    {
        if (rune.Value < LatinFolds.Length && LatinFolds[rune.Value] is { } known)
        {
            return known;
        }

        var folded = new StringBuilder(2);
        foreach (var c in rune.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        var made = folded.ToString();
        if (rune.Value < LatinFolds.Length)
        {
            // Threads that race here make the same string.
            LatinFolds[rune.Value] = made;
        }

        return made;
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

        var origins = Origins();
        var last = start + folded.Length - 1;
        var end = last + 1 < origins.Length ? origins[last + 1] : Original.Length;
        // A folded character from a letter with an accent ends where the next one starts: keep the whole letter.
        end = Math.Max(end, origins[last] + 1);
        return Original[origins[start]..end].Trim();
    }

    /// <summary>Where in <see cref="Original"/> each character of <see cref="Text"/> came from, found on first need.</summary>
    private int[] Origins()
    {
        if (Volatile.Read(ref _origins) is { } found)
        {
            return found;
        }

        var origins = new List<int>(Text.Length);
        Fold(Original, origins);
        Volatile.Write(ref _origins, [.. origins]);
        return _origins!;
    }
}
