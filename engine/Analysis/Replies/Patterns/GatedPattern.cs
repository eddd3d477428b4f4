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
    private readonly SearchValues<string>? _words;

    /// <summary>The expression gated by its required words, or not gated when <paramref name="gated"/> is false.</summary>
    public GatedPattern(Regex regex, bool gated = true)
    {
        Regex = regex;
        _words = gated && RequiredLiterals.Of(regex) is { } words ? SearchValues.Create([.. words], StringComparison.Ordinal) : null;
    }

    /// <summary>The expression.</summary>
    public Regex Regex { get; }

    /// <summary>Whether the expression has a set of required words to look for first.</summary>
    public bool IsGated => _words is not null;

    /// <summary>False when <paramref name="text"/> cannot hold a match; true when it may.</summary>
    public bool MayMatch(string text) => _words is null || text.AsSpan().ContainsAny(_words);

    /// <summary>The first match in <paramref name="text"/>, as <see cref="Regex.Match(string)"/> gives it.</summary>
    public System.Text.RegularExpressions.Match Match(string text) =>
        MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Whether <paramref name="text"/> holds a match, as <see cref="Regex.IsMatch(string)"/> tells.</summary>
    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary><paramref name="text"/> with every match replaced, as <see cref="Regex.Replace(string, string)"/> gives it.</summary>
    public string Replace(string text, string replacement) => MayMatch(text) ? Regex.Replace(text, replacement) : text;
}
