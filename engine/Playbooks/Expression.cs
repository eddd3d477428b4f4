using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks;

/// <summary>
/// A C# condition written in a playbook (<c>when</c>, <c>if</c>, <c>until</c>), kept as text with the place
/// its first character has in the file, so a compiler can map its diagnostics back to the YAML.
/// </summary>
/// <param name="Source">The C# text, as YAML gave it (quotes and block indentation removed, trailing blanks trimmed).</param>
/// <param name="Location">Where the first character of <paramref name="Source"/> is in the file.</param>
public sealed record Expression(string Source, SourceLocation Location)
{
    /// <summary>
    /// The condition as code, for a playbook written as a C# script (a lambda); null for YAML's conditions, which are
    /// compiled from <see cref="Source"/> with every other playbook's.
    /// </summary>
    public Func<ConditionContext, bool>? Code { get; init; }

    /// <summary>
    /// The place in the file of a position inside <see cref="Source"/>, given 0-based as Roslyn's
    /// <c>LinePosition</c> gives it. Exact for plain scalars (<c>when: a &amp;&amp; b</c>) and for block scalars
    /// (<c>when: |</c>), whose lines share one indentation; inside a quoted scalar that uses escapes, or a
    /// plain scalar folded over several lines, the column is approximate (the line of the start is kept).
    /// </summary>
    public SourceLocation Map(int line, int character)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(character);
        return Location with { Line = Location.Line + line, Column = Location.Column + character };
    }

    /// <summary>The C# text.</summary>
    public override string ToString() => Source;
}
