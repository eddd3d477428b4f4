using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Analysis.Concepts;

/// <summary>
/// Reads a list of concepts (<c>- name: e-commerce</c>, <c>terms: [ecommerce, tienda online]</c>) as the built-in
/// lexicon and <c>config.yaml</c>'s <c>concepts</c> both write them, adding a problem for every mistake: a concept
/// without a name or terms, a term that is only a generic word, a term that already names another concept. A concept
/// with a mistake is left out; the rest are read.
/// </summary>
internal static class ConceptReader
{
    private static readonly string[] Keys = ["name", "terms"];

    /// <summary>
    /// The concepts of <paramref name="node"/>. <paramref name="over"/> is the lexicon they are added to (its terms may
    /// not name another concept, and a concept of the same name takes the new terms); <paramref name="generic"/> are the
    /// words a term may not be alone.
    /// </summary>
    public static List<Concept> Read(YamlNode node, ProblemList problems, ConceptLexicon? over, GenericWords generic)
    {
        var concepts = new List<Concept>();
        if (node is not YamlSequenceNode list)
        {
            problems.Add(node, "'concepts' should be a list of concepts, each with a 'name' and its 'terms'");
            return concepts;
        }

        // Which concept each term (its words, accents and case aside) names, and where a name was first written.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Children)
        {
            if (Concept(item, problems, over, generic, owners, names) is { } concept)
            {
                concepts.Add(concept);
            }
        }

        return concepts;
    }

    private static Concept? Concept(
        YamlNode node, ProblemList problems, ConceptLexicon? over, GenericWords generic, Dictionary<string, string> owners,
        Dictionary<string, YamlNode> names)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(node, "a concept should be a mapping with a 'name' and its 'terms'");
            return null;
        }

        var before = problems.Count;
        string? name = null;
        YamlSequenceNode? terms = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "name" when value is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text):
                    name = text.Trim();
                    break;
                case "name":
                    problems.Add(value, "a concept's 'name' should be a single value, such as 'e-commerce'");
                    break;
                case "terms" when value is YamlSequenceNode sequence:
                    terms = sequence;
                    break;
                case "terms":
                    problems.Add(value, "'terms' should be a list of words or phrases, such as [ecommerce, tienda online]");
                    break;
                default:
                    problems.Add(keyNode, $"unknown key '{key}' in a concept; the keys are {DidYouMean.Quoted(Keys)}");
                    break;
            }
        }

        if (name is null || terms is null)
        {
            if (problems.Count == before)
            {
                problems.Add(node, name is null ? "a concept needs a 'name'" : $"the concept '{name}' needs its 'terms'");
            }

            return null;
        }

        if (names.TryGetValue(name, out var first))
        {
            problems.Add(node, $"the concept '{name}' is written twice; the first is at line {first.Start.Line}: write its terms once");
            return null;
        }

        names[name] = node;
        var read = new List<string>();
        foreach (var termNode in terms.Children)
        {
            if (Term(termNode, name, problems, over, generic, owners) is { } term)
            {
                read.Add(term);
            }
        }

        return problems.Count > before ? null : new Concept(name, read);
    }

    private static string? Term(
        YamlNode node, string concept, ProblemList problems, ConceptLexicon? over, GenericWords generic, Dictionary<string, string> owners)
    {
        if (node is not YamlScalarNode { Value: { } text } || TextTerms.Words(text) is not { Length: > 0 } words)
        {
            problems.Add(node, $"each term of '{concept}' should be a word or phrase, such as 'tienda online'");
            return null;
        }

        if (generic.IsGeneric(words))
        {
            problems.Add(node, $"'{text.Trim()}' alone is too general to name '{concept}' (a generic word makes no common ground); write the whole phrase, such as 'online store' rather than 'online'");
            return null;
        }

        var key = string.Join(' ', words);
        var owner = owners.GetValueOrDefault(key) ?? over?.ConceptOf(words);
        if (owner is not null && !string.Equals(owner, concept, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(node, $"'{text.Trim()}' already names the concept '{owner}'; a term names one concept");
            return null;
        }

        owners[key] = concept;
        return text.Trim();
    }
}
