using System.Reflection;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Analysis.Concepts;

/// <summary>
/// The concepts the analysis knows, each with its terms in Spanish and English, and the words too general to make
/// common ground: the built-in ones (<c>concepts.yaml</c>, inside the engine), with the user's added by
/// <see cref="With"/>. Read once per process; the terms are split into words here, so an analyzer only indexes them.
/// </summary>
internal sealed class ConceptLexicon
{
    /// <summary>The name of the built-in file.</summary>
    public const string FileName = "concepts.yaml";

    private static readonly string[] TopLevelKeys = ["generic", "concepts"];
    private static readonly Lazy<ConceptLexicon> Lazy = new(LoadBuiltIn);

    private readonly Dictionary<string, int> _byWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byStems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Concept> _concepts = [];
    private readonly List<ConceptTerm> _terms = [];

    private ConceptLexicon(GenericWords generic) => Generic = generic;

    /// <summary>The built-in lexicon.</summary>
    /// <exception cref="InvalidOperationException">The built-in file has problems (a broken build): every one of them.</exception>
    public static ConceptLexicon BuiltIn => Lazy.Value;

    /// <summary>Every concept, by index.</summary>
    public IReadOnlyList<Concept> Concepts => _concepts;

    /// <summary>Every term of every concept.</summary>
    public IReadOnlyList<ConceptTerm> Terms => _terms;

    /// <summary>The words too general to make common ground alone.</summary>
    public GenericWords Generic { get; }

    /// <summary>The lexicon of <paramref name="text"/>, named <paramref name="file"/> in <paramref name="problems"/>, which lists every mistake.</summary>
    public static ConceptLexicon Parse(string text, string file, out IReadOnlyList<Problem> problems)
    {
        var yaml = YamlReader.Read(file, text);
        var found = yaml.Problems;
        var generic = GenericWords.None;
        YamlNode? conceptsNode = null;
        if (yaml.Root is YamlMappingNode root)
        {
            foreach (var (keyNode, value) in root.Children)
            {
                switch ((keyNode as YamlScalarNode)?.Value)
                {
                    case "generic" when value is YamlSequenceNode words:
                        generic = new GenericWords(words.Children.OfType<YamlScalarNode>().Select(w => w.Value ?? ""));
                        break;
                    case "generic":
                        found.Add(value, "'generic' should be a list of words");
                        break;
                    case "concepts":
                        conceptsNode = value;
                        break;
                    default:
                        found.Add(keyNode, $"unknown key '{(keyNode as YamlScalarNode)?.Value}'; the keys are {DidYouMean.Quoted(TopLevelKeys)}");
                        break;
                }
            }
        }
        else if (yaml.Root is { } other)
        {
            found.Add(other, "a concepts file should be a mapping with 'generic' and 'concepts'");
        }

        var lexicon = new ConceptLexicon(generic);
        if (conceptsNode is not null)
        {
            lexicon.Add(ConceptReader.Read(conceptsNode, found, null, generic));
        }

        problems = found.InOrder();
        return lexicon;
    }

    /// <summary>
    /// This lexicon with <paramref name="added"/>: a concept of a name it has takes the new terms, any other is added.
    /// A term that is one generic word, or that already names another concept, is left out (the settings' reader
    /// reports both).
    /// </summary>
    public ConceptLexicon With(IReadOnlyList<Concept> added)
    {
        if (added.Count == 0)
        {
            return this;
        }

        var lexicon = new ConceptLexicon(Generic);
        lexicon.Add(_concepts);
        lexicon.Add(added);
        return lexicon;
    }

    /// <summary>The name of the concept the term of <paramref name="words"/> names, or null.</summary>
    public string? ConceptOf(IReadOnlyList<string> words) =>
        _byWords.TryGetValue(string.Join(' ', words), out var index) ? _concepts[index].Name : null;

    /// <summary>
    /// The index of the concept a phrase of the me-profile is a term of, or -1: by its words, or for a phrase of more
    /// than one word also by their stems (<c>Tiendas Online</c> is the term <c>tienda online</c>).
    /// </summary>
    public int IndexOf(string[] words, string[] stems)
    {
        if (_byWords.TryGetValue(string.Join(' ', words), out var index))
        {
            return index;
        }

        return stems.Length > 1 && _byStems.TryGetValue(string.Join(' ', stems), out index) ? index : -1;
    }

    private void Add(IEnumerable<Concept> concepts)
    {
        foreach (var concept in concepts)
        {
            // By name, not a scan: the settings may list many concepts.
            if (!_byName.TryGetValue(concept.Name, out var index))
            {
                index = _concepts.Count;
                _byName.Add(concept.Name, index);
                _concepts.Add(concept with { Terms = [] });
            }

            var terms = new List<string>(_concepts[index].Terms);
            foreach (var term in concept.Terms)
            {
                var split = TextTerms.Split(term);
                var words = split.Select(t => t.Word).ToArray();
                if (words.Length == 0 || Generic.IsGeneric(words) || !_byWords.TryAdd(string.Join(' ', words), index))
                {
                    continue;
                }

                _byStems.TryAdd(string.Join(' ', split.Select(t => t.Stem)), index);
                _terms.Add(new ConceptTerm(index, words));
                terms.Add(term);
            }

            _concepts[index] = _concepts[index] with { Terms = terms };
        }
    }

    private static ConceptLexicon LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("analysis/" + FileName)
            ?? throw new InvalidOperationException($"The built-in {FileName} is missing from the engine.");
        using var reader = new StreamReader(stream);
        var lexicon = Parse(reader.ReadToEnd(), "built-in/" + FileName, out var problems);
        return problems.Count > 0 ? throw new InvalidOperationException(string.Join('\n', problems)) : lexicon;
    }
}
