namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>What <see cref="RequiredLiterals"/> knows of what a piece of a pattern matches, built up from its parts.</summary>
/// <param name="Exact">Every string the piece can match, when they are few; null otherwise.</param>
/// <param name="Required">Strings one of which every match of the piece contains; null when none is known.</param>
/// <param name="Chain">
/// Sets of strings every match of the piece contains one of each, in this order and without overlapping (<c>\bin\b.*\btalk</c>
/// holds "in" and, after it, "talk"); empty when none is known.
/// </param>
internal sealed record PatternPiece(HashSet<string>? Exact, HashSet<string>? Required, IReadOnlyList<HashSet<string>> Chain)
{
    /// <summary>The most sets a chain keeps: each is a scan of what is left of the text.</summary>
    private const int LongestChain = 12;

    /// <summary>The most strings a set may hold; a larger one is no longer worth a scan.</summary>
    private const int MostStrings = 256;

    /// <summary>
    /// The most strings of a set that a sequence prefers as the one it needs: a long product of words ("taking a few extra
    /// days off") is held by the chain, and the sequence's one set stays small enough to join the other branches of an
    /// alternation.
    /// </summary>
    private const int SmallSet = 64;

    /// <summary>The longest string a set keeps building.</summary>
    private const int LongestString = 64;

    public static PatternPiece Unknown { get; } = new(null, null, []);

    /// <summary>
    /// The link of a chain that stands for one decimal digit of any script, as <c>\d</c> matches: no set of words, so
    /// never a piece's <see cref="Required"/> set, only a link of its <see cref="Chain"/> (<c>\d{9,}</c> holds nine digits
    /// in turn).
    /// </summary>
    public static HashSet<string> DigitLink { get; } = [];

    /// <summary>One decimal digit (<c>\d</c>).</summary>
    public static PatternPiece Digit { get; } = new(null, null, [DigitLink]);

    /// <summary>Matches the empty string only (an anchor, an edge, a look-around).</summary>
    public static PatternPiece Empty { get; } = new([""], null, []);

    public static PatternPiece Literal(char c) => OneOf([c.ToString()]);

    public static PatternPiece OneOf(IEnumerable<string> strings)
    {
        var set = new HashSet<string>(strings, StringComparer.Ordinal);
        return new(set, set, set.All(x => x.Length > 0) ? [set] : []);
    }

    /// <summary>What is needed of every match: the required set, or the exact one when no match is empty.</summary>
    public HashSet<string>? Needed() =>
        Required ?? (Exact is { Count: > 0 } exact && exact.All(s => s.Length > 0) ? exact : null);

    /// <summary>The chain every match holds: <see cref="Chain"/>, else the one set <see cref="Needed"/>, else none.</summary>
    public IReadOnlyList<HashSet<string>> Links() =>
        Chain.Count > 0 ? Chain : Needed() is { } needed ? [needed] : [];

    public PatternPiece Repeated(int min, int? max)
    {
        if (min == 0)
        {
            return max == 1 && Exact is { } exact ? new(Union([exact, [""]]), null, []) : Unknown;
        }

        if (min == 1 && max == 1)
        {
            return this;
        }

        // Each repetition matches after the one before: a{3} holds "a", then "a", then "a".
        var links = Links();
        var chain = new List<HashSet<string>>();
        for (var i = 0; i < min && links.Count > 0 && chain.Count + links.Count <= LongestChain; i++)
        {
            chain.AddRange(links);
        }

        return new(null, Needed(), chain);
    }

    public static PatternPiece Either(List<PatternPiece> branches)
    {
        var exact = branches.All(b => b.Exact is not null) ? Union(branches.Select(b => b.Exact!)) : null;
        var needed = branches.Select(b => b.Needed()).ToList();
        var required = needed.All(n => n is not null) ? Union(needed!) : null;
        return new(exact, required, required is null ? [] : [required]);
    }

    public static PatternPiece Then(List<PatternPiece> items)
    {
        var candidates = new List<HashSet<string>>();
        // The items match one after the other, so what each holds comes after what the ones before it hold; a run of
        // exact items is one string of the run's product.
        var chain = new List<HashSet<string>>();
        HashSet<string>? run = [""];
        var allExact = true;
        foreach (var item in items)
        {
            if (item.Needed() is { } needed)
            {
                candidates.Add(needed);
            }

            if (item.Exact is null)
            {
                allExact = false;
                Close(run, candidates, chain);
                chain.AddRange(item.Links());
                run = [""];
                continue;
            }

            if (Product(run!, item.Exact) is { } longer)
            {
                run = longer;
            }
            else
            {
                allExact = false;
                Close(run, candidates, chain);
                run = item.Exact;
            }
        }

        Close(run, candidates, chain);
        // The set with the longest shortest word, among the sets small enough to be joined with another branch's.
        var best = candidates.OrderBy(c => c.Count > SmallSet).ThenByDescending(c => c.Min(s => s.Length)).ThenBy(c => c.Count).FirstOrDefault();
        return new(allExact ? run : null, best, chain.Count <= LongestChain ? chain : [.. chain.Take(LongestChain)]);
    }

    private static void Close(HashSet<string>? run, List<HashSet<string>> candidates, List<HashSet<string>> chain)
    {
        if (run is { Count: > 0 } && run.All(s => s.Length > 0))
        {
            candidates.Add(run);
            chain.Add(run);
        }
    }

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MostStrings)
        {
            return null;
        }

        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (a.Length + b.Length > LongestString)
                {
                    return null;
                }

                product.Add(a + b);
            }
        }

        return product;
    }

    private static HashSet<string>? Union(IEnumerable<HashSet<string>> sets)
    {
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            union.UnionWith(set);
            if (union.Count > MostStrings)
            {
                return null;
            }
        }

        return union;
    }
}
