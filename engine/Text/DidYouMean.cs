namespace Playbook.Engine.Text;

/// <summary>
/// Suggestions for a misspelt name (a key, a step type, an event kind, a template), and the one-line
/// messages that carry them: <c>unknown key 'stpes'. Did you mean 'steps'?</c>.
/// </summary>
internal static class DidYouMean
{
    /// <summary>The most edits a suggestion may be away from the word, whatever its length.</summary>
    public const int MaxEdits = 2;

    /// <summary>
    /// The candidate closest to <paramref name="word"/>, or null when none is close enough. Case is ignored,
    /// so <c>Steps</c> suggests <c>steps</c>. A candidate is close enough within <see cref="MaxEdits"/> edits
    /// and one edit for every three characters of the longer name (at least one), so short words do not
    /// suggest unrelated short names (<c>foo</c> is not taken for <c>on</c>). Ties go to the earlier candidate.
    /// </summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        var lowered = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = EditDistance.Between(lowered, candidate.ToLowerInvariant());
            var allowed = Math.Min(MaxEdits, Math.Max(1, Math.Max(word.Length, candidate.Length) / 3));
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// <c>unknown {what} '{word}'. Did you mean '{suggestion}'?</c> when a candidate is close; otherwise
    /// <c>unknown {what} '{word}'; {listIntro} 'a', 'b', ...</c>, or just <c>unknown {what} '{word}'</c>
    /// when <paramref name="listIntro"/> is null (for long, open-ended lists such as templates).
    /// </summary>
    public static string Unknown(string what, string word, IReadOnlyCollection<string> candidates, string? listIntro)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var suggestion = Suggest(word, candidates);
        if (suggestion is not null)
        {
            return $"unknown {what} '{word}'. Did you mean '{suggestion}'?";
        }

        return listIntro is null || candidates.Count == 0
            ? $"unknown {what} '{word}'"
            : $"unknown {what} '{word}'; {listIntro} {Quoted(candidates)}";
    }

    /// <summary><c>'a', 'b', 'c'</c>.</summary>
    public static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
