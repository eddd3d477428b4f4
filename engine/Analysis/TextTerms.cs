using System.Globalization;
using System.Text;

namespace Playbook.Engine.Analysis;

/// <summary>
/// Splits text into stemmed, accent- and case-free terms, keeping where each came from, so a match can be shown
/// as the contact wrote it. Stemming is deliberately crude (plural <c>-s</c>/<c>-es</c>, <c>-ing</c>,
/// <c>-y</c>/<c>-ies</c>, Spanish final vowels, so <c>-ción</c>/<c>-ciones</c> and <c>agency</c>/<c>agencia</c> meet):
/// both sides go through the same rules, which is all a match needs. Each term keeps its unstemmed word too, for the
/// concepts, whose terms are matched word for word (the crude stem takes <c>moda</c> for <c>modo</c>).
/// </summary>
internal static class TextTerms
{
    /// <summary>A term: its word (accents and case aside), its stem, and its span in the original text.</summary>
    public readonly record struct Term(string Word, string Stem, int Start, int End);

    public static List<Term> Split(string? text)
    {
        var terms = new List<Term>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? Fold(text[i]) : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                word.Append(c);
            }
            else if (start >= 0)
            {
                var folded = word.ToString();
                terms.Add(new Term(folded, Stem(folded), start, i));
                word.Clear();
                start = -1;
            }
        }

        return terms;
    }

    public static string[] Stems(string? text) => [.. Split(text).Select(t => t.Stem)];

    /// <summary>The words of <paramref name="text"/>, accents and case aside, unstemmed.</summary>
    public static string[] Words(string? text) => [.. Split(text).Select(t => t.Word)];

    /// <summary>
    /// <paramref name="text"/> without accents (<c>ñ</c> is <c>n</c>), case kept, one character for each, so a position
    /// in it is the same position in the text.
    /// </summary>
    public static string FoldAccents(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c < 128 ? c : Unaccented(c);
        }

        return new string(chars);
    }

    /// <summary>The first index where <paramref name="phrase"/> occurs in <paramref name="terms"/> as consecutive terms, or -1.</summary>
    public static int Find(List<Term> terms, string[] phrase)
    {
        if (phrase.Length == 0)
        {
            return -1;
        }

        for (var i = 0; i + phrase.Length <= terms.Count; i++)
        {
            var j = 0;
            while (j < phrase.Length && string.Equals(terms[i + j].Stem, phrase[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j == phrase.Length)
            {
                return i;
            }
        }

        return -1;
    }

    public static string Stem(string word)
    {
        var w = word;
        if (w.Length > 3 && w[^1] == 's' && w[^2] != 's')
        {
            w = w[..^1];
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }

        if (w.Length > 3 && w[^1] == 'y')
        {
            w = w[..^1] + "i";
        }

        if (w.Length > 4 && w[^1] is 'a' or 'e' or 'o')
        {
            w = w[..^1];
        }

        return w;
    }

    private static char Fold(char c) => char.ToLowerInvariant(c < 128 ? c : Unaccented(c));

    private static char Unaccented(char c) => c < LatinEnd ? Latin[c - 128] : Decomposed(c);

    /// <summary>The letters without their accents from U+0080 to U+024F (Latin-1 and Latin Extended), made once: most text is in it.</summary>
    private const char LatinEnd = '\u0250';

    private static readonly char[] Latin = [.. Enumerable.Range(128, LatinEnd - 128).Select(c => Decomposed((char)c))];

    private static char Decomposed(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return d;
            }
        }

        return c;
    }
}
