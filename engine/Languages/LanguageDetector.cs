using Playbook.Engine.Contacts;

namespace Playbook.Engine.Languages;

/// <summary>
/// Tells which language a short text is in (es, en, pt, fr, de, it) by counting its common words (see
/// <see cref="StopWords"/>), accent- and case-insensitively. Explainable on purpose: the verdict comes with the counts.
/// A text needs <see cref="MinWords"/> words; the winner needs <see cref="MinHits"/> common words and more than
/// any other language, or the text is left undecided.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Fewer words than this is too little text to tell.</summary>
    public const int MinWords = 3;

    /// <summary>The fewest common words the winning language must have.</summary>
    public const int MinHits = 2;

    /// <summary>What <paramref name="text"/> reads as, with the counts behind it.</summary>
    public static DetectedLanguage Detect(string? text)
    {
        var words = Words(text);
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (StopWords.Languages.TryGetValue(word, out var codes))
            {
                foreach (var code in codes)
                {
                    hits[code] = hits.GetValueOrDefault(code) + 1;
                }
            }
        }

        // Ties keep the table's order, so the explanation is stable.
        var ranked = StopWords.Codes.Where(hits.ContainsKey).OrderByDescending(c => hits[c]).Select(c => (Code: c, Hits: hits[c])).ToList();
        var best = ranked.Count > 0 ? ranked[0] : default;
        var second = ranked.Count > 1 ? ranked[1] : default;
        var decided = words.Count >= MinWords && best.Hits >= MinHits && best.Hits > second.Hits;
        return new DetectedLanguage(decided ? best.Code : null, words.Count, best.Code, best.Hits, second.Code, second.Hits);
    }

    /// <summary>The folded words of <paramref name="text"/>: runs of letters, so <c>l'équipe</c> is <c>l</c> and <c>equipe</c>.</summary>
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var folded = NameKey.Of(text).Replace("ß", "ss", StringComparison.Ordinal);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isLetter = i < folded.Length && char.IsLetter(folded[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
