namespace Playbook.Engine.Analysis;

/// <summary>
/// Phrases (sequences of words, or of stems) indexed word by word, so that one pass over a text finds every phrase in
/// it: at each term the index is walked as far as the text follows a phrase, which for most terms is one lookup. The
/// work per text is its number of terms times the longest phrase at most, however many phrases there are.
/// </summary>
internal sealed class PhraseIndex(bool byStem)
{
    private readonly Node _root = new();

    /// <summary>How many distinct phrases the index holds; their ids are 0 to <c>Count - 1</c>.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="phrase"/>, added when new (the same phrase twice is one id); -1 for an empty one.</summary>
    public int Add(IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return -1;
        }

        var node = _root;
        foreach (var token in phrase)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(token, out var next))
            {
                next = new Node();
                node.Next.Add(token, next);
            }

            node = next;
        }

        if (node.Id < 0)
        {
            node.Id = Count++;
        }

        return node.Id;
    }

    /// <summary>Adds to <paramref name="hits"/> every phrase found in <paramref name="terms"/>, by start, shorter first.</summary>
    public void Find(List<TextTerms.Term> terms, List<PhraseHit> hits)
    {
        for (var start = 0; start < terms.Count; start++)
        {
            var node = _root;
            for (var at = start; at < terms.Count && node.Next is { } next && next.TryGetValue(byStem ? terms[at].Stem : terms[at].Word, out node); at++)
            {
                if (node.Id >= 0)
                {
                    hits.Add(new PhraseHit(node.Id, start, at - start + 1));
                }
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Next { get; set; }

        public int Id { get; set; } = -1;
    }
}
