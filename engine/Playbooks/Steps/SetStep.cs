namespace Playbook.Engine.Playbooks.Steps;

/// <summary>Stores values on the run, for later conditions and templates (the <c>set</c> key: a mapping of names to values).</summary>
public sealed record SetStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Set;

    /// <summary>
    /// The values by name, in file order. Names are C# identifiers. Values follow YAML's core schema:
    /// a plain <c>true</c>/<c>false</c> is a <see cref="bool"/>, a plain whole number a <see cref="long"/>,
    /// a plain decimal number a <see cref="double"/>, <c>null</c>, <c>~</c> or nothing is null, and
    /// everything else (and anything quoted) a <see cref="string"/>.
    /// </summary>
    public required IReadOnlyDictionary<string, object?> Values { get; init; }
}
