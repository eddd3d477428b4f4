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

    private static readonly object NoWords = new();

    private readonly bool _gated;
    private int _uses;

    // Null until built; then the scan of the words, or NoWords when the pattern has none to look for.
    private object? _words;

    /// <summary>The expression gated by its required words, or not gated when <paramref name="gated"/> is false.</summary>
    public GatedPattern(Regex regex, bool gated = true)
    {
        Regex = regex;
        _gated = gated;
        _words = gated ? null : NoWords;
    }

    /// <summary>The expression.</summary>
    public Regex Regex { get; }

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

        object words = _gated && RequiredLiterals.Of(Regex) is { } found ? SearchValues.Create([.. found], StringComparison.Ordinal) : NoWords;
        Volatile.Write(ref _words, words);
        return words;
    }
}
