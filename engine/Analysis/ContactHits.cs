using Playbook.Engine.Analysis.Concepts;

namespace Playbook.Engine.Analysis;

/// <summary>
/// Where each of my phrases, and each of my concepts, first occurs in a contact's texts: one pass over each text
/// through the two indexes, the texts in the order they are read.
/// </summary>
internal sealed class ContactHits
{
    private readonly List<ContactText> _texts;
    private readonly ConceptLexicon _lexicon;
    private readonly Dictionary<int, (int Text, PhraseHit Hit)> _byPhrase = [];
    private readonly Dictionary<int, (int Text, PhraseHit Hit)> _byConcept = [];

    /// <summary>Finds, in <paramref name="texts"/>, the phrases of <paramref name="phrases"/> and the terms of <paramref name="terms"/> (whose concepts <paramref name="conceptOfTerm"/> gives).</summary>
    public ContactHits(List<ContactText> texts, PhraseIndex phrases, PhraseIndex terms, List<int> conceptOfTerm, ConceptLexicon lexicon)
    {
        _texts = texts;
        _lexicon = lexicon;
        var found = new List<PhraseHit>();
        for (var t = 0; t < texts.Count; t++)
        {
            found.Clear();
            phrases.Find(texts[t].Terms, found);
            foreach (var hit in found)
            {
                _byPhrase.TryAdd(hit.Phrase, (t, hit));
            }

            if (terms.Count == 0)
            {
                continue;
            }

            found.Clear();
            terms.Find(texts[t].Terms, found);
            foreach (var hit in found)
            {
                _byConcept.TryAdd(conceptOfTerm[hit.Phrase], (t, hit));
            }
        }
    }

    /// <summary>
    /// The phrases of <paramref name="wanted"/> found, in their order, each with its evidence (of <paramref name="kind"/>,
    /// with <paramref name="detail"/> or else the phrase as its detail): the first place its words or its concept's occur.
    /// Two phrases found at one place are one match, the one whose own words are there.
    /// </summary>
    public List<FoundPhrase> Find(MePhrase[] wanted, string kind, List<Match> evidence, string? detail = null)
    {
        var found = new List<FoundPhrase>();
        foreach (var phrase in wanted)
        {
            if (Locate(phrase) is not { } at)
            {
                continue;
            }

            var same = found.FindIndex(f => f.Text == at.Text && f.Start == at.Start);
            if (same < 0)
            {
                found.Add(at);
            }
            else if (found[same].Concept is not null && at.Concept is null)
            {
                found[same] = at;
            }
        }

        evidence.AddRange(found.Select(f => new Match(kind, _texts[f.Text].Field, f.Words, detail ?? f.Phrase.Name)
        {
            MeWords = f.Phrase.Name,
            Concept = f.Concept,
        }));
        return found;
    }

    /// <summary>Where <paramref name="phrase"/> first occurs: its own words, or a term of its concept if that comes earlier.</summary>
    private FoundPhrase? Locate(MePhrase phrase)
    {
        var hasDirect = _byPhrase.TryGetValue(phrase.Phrase, out var direct);
        var hasVia = phrase.Concept >= 0 && _byConcept.TryGetValue(phrase.Concept, out var via) && (!hasDirect || Before(via, direct));
        if (!hasDirect && !hasVia)
        {
            return null;
        }

        var (text, hit) = hasVia ? _byConcept[phrase.Concept] : direct;
        var source = _texts[text];
        return new FoundPhrase(
            phrase, text, hit.Start, source.Words(hit.Start, hit.Length), hasVia ? _lexicon.Concepts[phrase.Concept].Name : null,
            source.InWork(hit.Start, hit.Length));
    }

    private static bool Before((int Text, PhraseHit Hit) a, (int Text, PhraseHit Hit) b) =>
        a.Text < b.Text || (a.Text == b.Text && a.Hit.Start < b.Hit.Start);
}
