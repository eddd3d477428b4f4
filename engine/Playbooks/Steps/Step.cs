using System.Diagnostics.CodeAnalysis;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Steps;

/// <summary>
/// One step of a playbook. A run's position is a step's <see cref="Id"/>; the concrete types
/// (<see cref="AnalyseStep"/>, <see cref="DraftStep"/>, <see cref="WaitStep"/>, <see cref="RemindStep"/>, <see cref="TagStep"/>,
/// <see cref="UntagStep"/>, <see cref="StageStep"/>, <see cref="SetStep"/>, <see cref="StopStep"/>) say what it does.
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "Step is the domain's word; Playbook is consumed from C# (the CLI, .csx scripts), where it is no keyword.")]
public abstract record Step
{
    /// <summary>The step's name, unique within its playbook: lower-case letters, digits, <c>-</c> and <c>_</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The condition under which the step runs (the <c>if</c> key), or null to always run it.</summary>
    public Expression? If { get; init; }

    /// <summary>Where the step starts in the file (its first key).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The step type: one of <see cref="StepKinds"/>.</summary>
    public abstract string Kind { get; }
}
