namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>What <see cref="RequiredLiterals"/> knows of what a piece of a pattern matches, built up from its parts.</summary>
/// <param name="Exact">Every string the piece can match, when they are few; null otherwise.</param>
/// <param name="Required">Strings one of which every match of the piece contains; null when none is known.</param>
internal sealed record PatternPiece(HashSet<string>? Exact, HashSet<string>? Required)
{
    /// <summary>The most strings a set may hold; a larger one is no longer worth a scan.</summary>
    private const int MostStrings = 256;

    /// <summary>The longest string a set keeps building.</summary>
    private const int LongestString = 64;

    public static PatternPiece Unknown { get; } = new(null, null);

    /// <summary>Matches the empty string only (an anchor, an edge, a look-around).</summary>
    public static PatternPiece Empty { get; } = new([""], null);

    public static PatternPiece Literal(char c) => OneOf([c.ToString()]);

    public static PatternPiece OneOf(IEnumerable<string> strings)
    {
        var set = new HashSet<string>(strings, StringComparer.Ordinal);
        return new(set, set);
    }

    /// <summary>What is needed of every match: the required set, or the exact one when no match is empty.</summary>
    public HashSet<string>? Needed() =>
        Required ?? (Exact is { Count: > 0 } exact && exact.All(s => s.Length > 0) ? exact : null);

    public PatternPiece Repeated(int min, int? max)
    {
        if (min == 0)
        {
            return max == 1 && Exact is { } exact ? new(Union([exact, [""]]), null) : Unknown;
        }

        return new(min == 1 && max == 1 ? Exact : null, Needed());
    }

    public static PatternPiece Either(List<PatternPiece> branches)
    {
        var exact = branches.All(b => b.Exact is not null) ? Union(branches.Select(b => b.Exact!)) : null;
        var needed = branches.Select(b => b.Needed()).ToList();
        var required = needed.All(n => n is not null) ? Union(needed!) : null;
        return new(exact, required);
    }

    public static PatternPiece Then(List<PatternPiece> items)
    {
        var candidates = new List<HashSet<string>>();
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
                Close(run, candidates);
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
                Close(run, candidates);
                run = item.Exact;
            }
        }

        Close(run, candidates);
        var best = candidates.OrderByDescending(c => c.Min(s => s.Length)).ThenBy(c => c.Count).FirstOrDefault();
        return new(allExact ? run : null, best);
    }

    private static void Close(HashSet<string>? run, List<HashSet<string>> candidates)
    {
        if (run is { Count: > 0 } && run.All(s => s.Length > 0))
        {
            candidates.Add(run);
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
