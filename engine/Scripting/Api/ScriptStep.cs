using Playbook.Engine.Playbooks.Steps;

namespace Playbook.Engine.Scripting.Api;

/// <summary>
/// A step of a C# script playbook whose body is code: it reads the contact through a <see cref="StepContext"/> and
/// acts only through its actions, which the runtime applies together with the run's new position, exactly once.
/// </summary>
public sealed record ScriptStep : Step
{
    /// <summary>The kind a script step shows in listings; not a YAML key.</summary>
    public const string ScriptKind = "code";

    /// <inheritdoc/>
    public override string Kind => ScriptKind;

    /// <summary>The step's code.</summary>
    public required Action<StepContext> Body { get; init; }
}
