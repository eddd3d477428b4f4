namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// Every word of many patterns' chains (<see cref="RequiredLiterals.ChainOf(System.Text.RegularExpressions.Regex)"/>),
/// found in a text in one pass of an Aho-Corasick automaton, with whether the text holds a decimal digit of any script:
/// a pattern one of whose links has no word in the text (or no digit, for a link that is one) cannot match it, and
/// neither its own scan of the text nor its expression needs to run. Scanning once for all the patterns of a classifier
/// costs about what one pattern's own scan did; the ordered scan of a pattern runs only when each of its links has a
/// word somewhere in the text, so a pattern's gate decides exactly as it does alone. A word is looked for by its first
/// <see cref="LongestWord"/> characters (a text without them does not hold it either): the rules' chains hold thousands
/// of words, many of them long products of a phrase's variants, and their beginnings are far fewer. Immutable,
/// thread-safe.
/// </summary>
internal sealed class ChainWords
{
    /// <summary>The most characters of a word looked for: enough to tell most words apart, few enough to keep the automaton small.</summary>
    internal const int LongestWord = 6;

    /// <summary>The transitions, <c>state * symbols + symbol</c>, with the failure links already followed.</summary>
    private readonly int[] _next;

    /// <summary>The words that end at a state (its own and those of its failure links): <c>_outputs[_outputStart[s].._outputStart[s + 1]]</c>.</summary>
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    /// <summary>The symbol of an ASCII character; 0 for one no word holds.</summary>
    private readonly int[] _ascii = new int[128];

    /// <summary>The symbols of the other characters the words hold.</summary>
    private readonly Dictionary<char, int> _other = [];
    private readonly int _symbols;

    private ChainWords(IReadOnlyList<string> words)
    {
        Words = words.Count;
        var symbols = 1;
        foreach (var c in words.SelectMany(word => word))
        {
            if (c < 128 && _ascii[c] == 0)
            {
                _ascii[c] = symbols++;
            }
            else if (c >= 128 && !_other.ContainsKey(c))
            {
                _other[c] = symbols++;
            }
        }

        _symbols = symbols;

        // The trie of the words, then the failure links breadth first, each state's row completed from its failure's.
        var children = new List<Dictionary<int, int>> { new() };
        var ends = new List<List<int>> { new() };
        for (var w = 0; w < words.Count; w++)
        {
            var state = 0;
            foreach (var c in words[w])
            {
                var symbol = Symbol(c);
                if (!children[state].TryGetValue(symbol, out var child))
                {
                    child = children.Count;
                    children[state][symbol] = child;
                    children.Add([]);
                    ends.Add([]);
                }

                state = child;
            }

            ends[state].Add(w);
        }

        _next = new int[children.Count * symbols];
        var failure = new int[children.Count];
        var order = new List<int>(children.Count);
        foreach (var (symbol, child) in children[0])
        {
            _next[symbol] = child;
            order.Add(child);
        }

        for (var i = 0; i < order.Count; i++)
        {
            // A state's row is its failure's, with its own children over it; the failure is nearer the root, done before.
            var state = order[i];
            ends[state].AddRange(ends[failure[state]]);
            Array.Copy(_next, failure[state] * symbols, _next, state * symbols, symbols);
            foreach (var (symbol, child) in children[state])
            {
                failure[child] = _next[(failure[state] * symbols) + symbol];
                _next[(state * symbols) + symbol] = child;
                order.Add(child);
            }
        }

        _outputStart = new int[children.Count + 1];
        for (var s = 0; s < children.Count; s++)
        {
            _outputStart[s + 1] = _outputStart[s] + ends[s].Count;
        }

        _outputs = [.. ends.SelectMany(end => end)];
    }

    /// <summary>How many distinct words (beginnings of words) the automaton finds.</summary>
    public int Words { get; }

    /// <summary>
    /// The automaton of every word of <paramref name="chains"/>, with each chain's links as the numbers of their words'
    /// beginnings (an empty link, a decimal digit, stays empty), in the order of <paramref name="chains"/>.
    /// </summary>
    public static (ChainWords Words, int[][][] Links) Of(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> chains)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = chains.Select(chain => chain.Select(set => set.Select(whole =>
        {
            var word = whole.Length > LongestWord ? whole[..LongestWord] : whole;
            if (!numbers.TryGetValue(word, out var number))
            {
                number = numbers.Count;
                numbers[word] = number;
            }

            return number;
        }).Distinct().ToArray()).ToArray()).ToArray();
        return (new ChainWords([.. numbers.OrderBy(pair => pair.Value).Select(pair => pair.Key)]), links);
    }

    /// <summary>
    /// The automaton of the words of <paramref name="patterns"/> (read now if not yet), each pattern with words joined to
    /// it; one with an empty word (in every text) keeps its own scan.
    /// </summary>
    public static ChainWords Join(IEnumerable<GatedPattern> patterns)
    {
        var gated = patterns.Where(pattern => pattern.Sets is { } sets && sets.All(set => set.All(word => word.Length > 0))).Distinct().ToList();
        var (words, links) = Of([.. gated.Select(pattern => pattern.Sets!)]);
        for (var i = 0; i < gated.Count; i++)
        {
            gated[i].Join(words, links[i]);
        }

        return words;
    }

    /// <summary>The words found in <paramref name="text"/>, anywhere in it, and whether it holds a decimal digit.</summary>
    public TextWords Scan(string text)
    {
        var found = new ulong[(Words + 63) / 64];
        var digit = false;
        var state = 0;
        var next = _next;
        var outputStart = _outputStart;
        foreach (var c in text)
        {
            int symbol;
            if (c < 128)
            {
                symbol = _ascii[c];
                digit |= (uint)(c - '0') <= 9;
            }
            else
            {
                symbol = _other.TryGetValue(c, out var other) ? other : 0;
                digit |= char.IsDigit(c);
            }

            state = next[(state * _symbols) + symbol];
            for (var o = outputStart[state]; o < outputStart[state + 1]; o++)
            {
                var word = _outputs[o];
                found[word >> 6] |= 1UL << word;
            }
        }

        return new TextWords(this, text, found, digit);
    }

    private int Symbol(char c) => c < 128 ? _ascii[c] : _other[c];
}
