using System.Buffers;
using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// A regular expression with the literal words its every match contains (<see cref="RequiredLiterals"/>), one of each
/// set in turn, looked for first in a few vectorized scans: a text without them, in that order, cannot match, and the
/// expression, far slower, does not run. It finds exactly what the expression alone finds; most replies hold the words
/// of few rules, and fewer still in the order a rule needs them.
/// </summary>
internal sealed class GatedPattern
{
    /// <summary>
    /// How many texts a pattern runs over before its words are read and their scan built (some tens of milliseconds for
    /// all the rules): a command that classifies one message never pays for it; an import pays once.
    /// </summary>
    internal const int UsesBeforeGate = 32;

    /// <summary>
    /// How many times a pattern's expression runs, interpreted, before it is compiled to code (a few milliseconds, once):
    /// an import of many messages runs its hot patterns several times faster; a command that reads a few replies never
    /// compiles one.
    /// </summary>
    internal const int RunsBeforeCompiled = 2_000;

    private static readonly object NoWords = new();

    private readonly bool _gated;
    private readonly int _runsBeforeCompiled;
    private readonly Regex _interpreted;
    private Regex _regex;
    private int _uses;
    private int _runs;

    // Null until built; then the scans of the words, or NoWords when the pattern has none to look for.
    private object? _words;

    // Null until the pattern's words join those of other patterns, found in one scan of a text (ChainWords).
    private Joined? _joined;

    // Null until the words are read; then the pattern without its negative look-arounds, or NoWords when it has none to leave out.
    private object? _without;

    /// <summary>
    /// The expression gated by its required words, or not gated when <paramref name="gated"/> is false: a built-in
    /// pattern's code compiled when Playbook was built (<see cref="BuiltInPatterns"/>) from the start, any other pattern
    /// compiled once it has run <paramref name="runsBeforeCompiled"/> times.
    /// </summary>
    public GatedPattern(Regex regex, bool gated = true, int runsBeforeCompiled = RunsBeforeCompiled)
    {
        _interpreted = regex;
        _gated = gated;
        _runsBeforeCompiled = runsBeforeCompiled;
        _words = gated ? null : NoWords;
        if (BuiltInPatterns.For(regex) is { } built)
        {
            _regex = built;
            _runs = int.MinValue;
        }
        else
        {
            _regex = regex;
        }
    }

    /// <summary>
    /// The expression: as given, and after it has run many times the same expression compiled to code (the same
    /// pattern, options and time limit, so the same matches); a built-in pattern's code from the start.
    /// </summary>
    public Regex Regex
    {
        get
        {
            var regex = Volatile.Read(ref _regex);
            if ((regex.Options & RegexOptions.Compiled) == 0 && Interlocked.Increment(ref _runs) == _runsBeforeCompiled)
            {
                regex = Compiled(regex);
                Volatile.Write(ref _regex, regex);
            }

            return regex;
        }
    }

    /// <summary>
    /// <paramref name="interpreted"/> compiled to code, and that code run once on a text with the pattern's words: its
    /// first run also compiles it to machine code, which on a busy machine can take longer than a match's time limit, and
    /// a reply's match that ran out of time would find nothing where the expression finds a match.
    /// </summary>
    private static Regex Compiled(Regex interpreted)
    {
        var compiled = new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout);
        try
        {
            compiled.IsMatch(Chain.SampleOf(RequiredLiterals.ChainOf(interpreted)));
        }
        catch (RegexMatchTimeoutException)
        {
            // Only the machine code was wanted.
        }
        catch (Exception)
        {
            // The compiled code fails where the interpreter does not (see Run): the pattern stays interpreted.
            return interpreted;
        }

        return compiled;
    }

    /// <summary>
    /// The expression to run over <paramref name="text"/>: once the pattern's words are read, the same pattern without its
    /// negative look-arounds when <paramref name="text"/> does not hold their words (<see cref="NegativeLookarounds"/>:
    /// the same matches, found without looking around); else <see cref="Regex"/>.
    /// </summary>
    public Regex RegexFor(string text) =>
        Volatile.Read(ref _without) is Without without && !without.AnyIn(text) ? without.Pattern.Regex : Regex;

    /// <summary>
    /// Runs <paramref name="run"/> with the expression for <paramref name="text"/> (<see cref="RegexFor"/>). When an
    /// expression compiled to code fails with anything but its time limit (.NET's compiler of expressions has failed so,
    /// with an <see cref="IndexOutOfRangeException"/>, on patterns its interpreter reads), the pattern goes back to its
    /// interpreted expression for good, and <paramref name="run"/> runs again with that: a reply rule of such a shape is
    /// then slower, never a failed import.
    /// </summary>
    public T Run<T>(string text, Func<Regex, T> run) => Run(text, run, static (regex, _, run) => run(regex));

    /// <summary>
    /// <see cref="Run{T}(string, Func{Regex, T})"/> with <paramref name="state"/> handed to <paramref name="run"/>, so a
    /// caller over many texts and patterns need not allocate a closure for each.
    /// </summary>
    public T Run<TState, T>(string text, TState state, Func<Regex, string, TState, T> run)
    {
        var regex = RegexFor(text);
        try
        {
            return run(regex, text, state);
        }
        catch (Exception e) when (BuiltInPatterns.IsCode(regex) && e is not RegexMatchTimeoutException)
        {
            Interpret();
            return run(RegexFor(text), text, state);
        }
    }

    /// <summary>The pattern's expressions interpreted from now on, and never compiled again.</summary>
    private void Interpret()
    {
        Volatile.Write(ref _runs, int.MinValue);
        Volatile.Write(ref _regex, _interpreted);
        if (Volatile.Read(ref _without) is Without without)
        {
            without.Pattern.Interpret();
        }
    }

    /// <summary>Whether the expression has required words to look for first (read now if not yet).</summary>
    public bool IsGated => Words() is Chain;

    /// <summary>False when <paramref name="text"/> cannot hold a match; true when it may.</summary>
    public bool MayMatch(string text)
    {
        var words = Volatile.Read(ref _words);
        if (words is null)
        {
            // Races between threads only build the same scan twice.
            if (++_uses < UsesBeforeGate)
            {
                return true;
            }

            words = Words();
        }

        return words is not Chain chain || chain.IsIn(text);
    }

    /// <summary>
    /// False when <paramref name="text"/> cannot hold a match; true when it may. When <paramref name="words"/> is the
    /// scan of <paramref name="text"/> by the <see cref="ChainWords"/> this pattern joined, a link without a word in the
    /// text says no at once, and the pattern's own scan runs only when every link has one: the same decision as alone.
    /// </summary>
    public bool MayMatch(string text, TextWords? words)
    {
        if (words is not null && Volatile.Read(ref _joined) is { } joined && ReferenceEquals(joined.Words, words.Words)
            && ReferenceEquals(words.Text, text))
        {
            return words.HoldsEach(joined.Links) && joined.Chain.IsIn(text);
        }

        return MayMatch(text);
    }

    /// <summary>
    /// False when no match can start at or after <paramref name="start"/> in <paramref name="text"/> (its words would lie
    /// there, a look-around's being no part of a match); true when one may.
    /// </summary>
    public bool MayMatchFrom(string text, int start, TextWords? words)
    {
        if (words is not null && Volatile.Read(ref _joined) is { } joined && ReferenceEquals(joined.Words, words.Words)
            && ReferenceEquals(words.Text, text))
        {
            return words.HoldsEach(joined.Links) && joined.Chain.IsIn(text.AsSpan(start));
        }

        return Volatile.Read(ref _words) is not Chain chain || chain.IsIn(text.AsSpan(start));
    }

    /// <summary>The first match in <paramref name="text"/>, as <see cref="Regex.Match(string)"/> gives it.</summary>
    public System.Text.RegularExpressions.Match Match(string text) => Match(text, null);

    /// <summary>The first match in <paramref name="text"/>, gated by <paramref name="words"/> when that is its scan.</summary>
    public System.Text.RegularExpressions.Match Match(string text, TextWords? words) =>
        MayMatch(text, words) ? Run(text, 0, static (regex, text, _) => regex.Match(text)) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Whether <paramref name="text"/> holds a match, as <see cref="Regex.IsMatch(string)"/> tells.</summary>
    public bool IsMatch(string text) => MayMatch(text) && Run(text, 0, static (regex, text, _) => regex.IsMatch(text));

    /// <summary><paramref name="text"/> with every match replaced, as <see cref="Regex.Replace(string, string)"/> gives it.</summary>
    public string Replace(string text, string replacement) => Replace(text, replacement, null);

    /// <summary><paramref name="text"/> with every match replaced, gated by <paramref name="words"/> when that is its scan.</summary>
    public string Replace(string text, string replacement, TextWords? words) =>
        MayMatch(text, words) ? Run(text, replacement, static (regex, text, replacement) => regex.Replace(text, replacement)) : text;

    /// <summary>The sets of words every match holds one of each in turn (read now if not yet); null when there are none.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Sets => Words() is Chain chain ? chain.Sets : null;

    /// <summary>
    /// Gates the pattern, from now on, by the one scan of <paramref name="words"/> whenever a text's scan is given,
    /// <paramref name="links"/> being its chain's sets as numbers of those words.
    /// </summary>
    public void Join(ChainWords words, int[][] links)
    {
        if (Words() is Chain chain)
        {
            Volatile.Write(ref _joined, new Joined(words, [.. links.Select(WordBits.Of)], chain));
        }
    }

    private object Words()
    {
        if (Volatile.Read(ref _words) is { } built)
        {
            return built;
        }

        var regex = _interpreted;
        object words = _gated && RequiredLiterals.ChainOf(regex) is { } found ? new Chain(found) : NoWords;
        Volatile.Write(ref _without, _gated && NegativeLookarounds.Of(regex) is { } lookarounds
            ? new Without(new GatedPattern(new Regex(lookarounds.Without, regex.Options, regex.MatchTimeout), gated: false, _runsBeforeCompiled),
                [.. lookarounds.Chains.Select(chain => new Chain(chain))])
            : NoWords);
        Volatile.Write(ref _words, words);
        return words;
    }

    /// <summary>
    /// The sets of words a match holds one of each in turn, each scanned for in what follows the one before: after a word
    /// of a set is found, the next set is looked for from the end of that set's shortest word (a word of the set found
    /// further on ends no sooner), so a text whose match holds them is never turned away.
    /// </summary>
    private sealed class Chain(IReadOnlyList<IReadOnlyList<string>> sets)
    {
        public IReadOnlyList<IReadOnlyList<string>> Sets { get; } = sets;

        // Null for a link that is one decimal digit (an empty set).
        private readonly SearchValues<string>?[] _scans = [.. sets.Select(set => set.Count == 0 ? null : SearchValues.Create([.. set], StringComparison.Ordinal))];
        private readonly int[] _shortest = [.. sets.Select(set => set.Count == 0 ? 1 : set.Min(word => word.Length))];

        /// <summary>A text with a word of each of <paramref name="sets"/> in turn (none without), for an expression's first run.</summary>
        public static string SampleOf(IReadOnlyList<IReadOnlyList<string>>? sets) =>
            sets is null ? "" : string.Join(" ", sets.Select(set => set.Count == 0 ? "1" : set[0]));

        public bool IsIn(ReadOnlySpan<char> text)
        {
            var rest = text;
            for (var i = 0; i < _scans.Length; i++)
            {
                var at = _scans[i] is { } scan ? rest.IndexOfAny(scan) : IndexOfDigit(rest);
                if (at < 0)
                {
                    return false;
                }

                rest = rest[(at + _shortest[i])..];
            }

            return true;
        }

        /// <summary>Where the first decimal digit of any script is (<c>\d</c> matches them all), or -1.</summary>
        private static int IndexOfDigit(ReadOnlySpan<char> text)
        {
            var ascii = text.IndexOfAnyInRange('0', '9');
            // Another script's digit before the first ASCII one is among the non-ASCII characters before it, which are few.
            var head = text[..(ascii < 0 ? text.Length : ascii)];
            var offset = 0;
            while (head.IndexOfAnyExceptInRange('\0', '\u007f') is var other and >= 0)
            {
                if (char.IsDigit(head[other]))
                {
                    return offset + other;
                }

                offset += other + 1;
                head = head[(other + 1)..];
            }

            return ascii;
        }
    }

    /// <summary>The pattern's chain with its sets as numbers of the words of <see cref="ChainWords"/>.</summary>
    private sealed record Joined(ChainWords Words, WordBits[][] Links, Chain Chain);

    /// <summary>The pattern without its negative look-arounds, for a text that holds none of <paramref name="Chains"/>.</summary>
    private sealed record Without(GatedPattern Pattern, Chain[] Chains)
    {
        /// <summary>Whether <paramref name="text"/> holds the words of any of <see cref="Chains"/>.</summary>
        public bool AnyIn(string text)
        {
            foreach (var chain in Chains)
            {
                if (chain.IsIn(text))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
