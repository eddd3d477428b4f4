namespace Playbook.Engine.Analysis.Concepts;

/// <summary>
/// Words too general to make common ground alone (<c>manager</c>, <c>consultant</c>, <c>digital</c>, <c>online</c>):
/// a skill or keyword that is only one of them is never matched, and no concept's term is one of them alone. Known by
/// word and by stem, so <c>consultora</c> is as generic as <c>consultor</c>.
/// </summary>
internal sealed class GenericWords
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);

    public GenericWords(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            foreach (var term in TextTerms.Split(word))
            {
                _words.Add(term.Word);
                _stems.Add(term.Stem);
            }
        }
    }

    /// <summary>No words are generic.</summary>
    public static GenericWords None { get; } = new([]);

    /// <summary>Whether a phrase of these words (accents and case aside) is one generic word.</summary>
    public bool IsGeneric(IReadOnlyList<string> words) =>
        words.Count == 1 && (_words.Contains(words[0]) || _stems.Contains(TextTerms.Stem(words[0])));
}
