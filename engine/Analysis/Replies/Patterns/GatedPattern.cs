using System.Buffers;
using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// A regular expression with the literal words one of which each of its matches contains (<see cref="RequiredLiterals"/>),
/// looked for first in one vectorized scan: a text without any of them cannot match, and the expression, interpreted and
/// far slower, does not run. It finds exactly what the expression alone finds; most replies hold the words of few rules.
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
    private Regex _regex;
    private int _uses;
    private int _runs;

    // Null until built; then the scan of the words, or NoWords when the pattern has none to look for.
    private object? _words;

    /// <summary>
    /// The expression gated by its required words, or not gated when <paramref name="gated"/> is false; compiled once it
    /// has run <paramref name="runsBeforeCompiled"/> times.
    /// </summary>
    public GatedPattern(Regex regex, bool gated = true, int runsBeforeCompiled = RunsBeforeCompiled)
    {
        _regex = regex;
        _gated = gated;
        _runsBeforeCompiled = runsBeforeCompiled;
        _words = gated ? null : NoWords;
    }

    /// <summary>
    /// The expression: as given, and after it has run many times the same expression compiled to code (the same
    /// pattern, options and time limit, so the same matches).
    /// </summary>
    public Regex Regex
    {
        get
        {
            var regex = Volatile.Read(ref _regex);
            if ((regex.Options & RegexOptions.Compiled) == 0 && Interlocked.Increment(ref _runs) == _runsBeforeCompiled)
            {
                regex = new Regex(regex.ToString(), regex.Options | RegexOptions.Compiled, regex.MatchTimeout);
                Volatile.Write(ref _regex, regex);
            }

            return regex;
        }
    }

    /// <summary>Whether the expression has a set of required words to look for first (read now if not yet).</summary>
    public bool IsGated => Words() is SearchValues<string>;

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

        return words is not SearchValues<string> scan || text.AsSpan().ContainsAny(scan);
    }

    /// <summary>The first match in <paramref name="text"/>, as <see cref="Regex.Match(string)"/> gives it.</summary>
    public System.Text.RegularExpressions.Match Match(string text) =>
        MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Whether <paramref name="text"/> holds a match, as <see cref="Regex.IsMatch(string)"/> tells.</summary>
    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary><paramref name="text"/> with every match replaced, as <see cref="Regex.Replace(string, string)"/> gives it.</summary>
    public string Replace(string text, string replacement) => MayMatch(text) ? Regex.Replace(text, replacement) : text;

    private object Words()
    {
        if (Volatile.Read(ref _words) is { } built)
        {
            return built;
        }

        object words = _gated && RequiredLiterals.Of(Volatile.Read(ref _regex)) is { } found ? SearchValues.Create([.. found], StringComparison.Ordinal) : NoWords;
        Volatile.Write(ref _words, words);
        return words;
    }
}
