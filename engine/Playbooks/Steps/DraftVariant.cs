using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Steps;

/// <summary>One template a draft step may use, with its relative weight.</summary>
/// <param name="Template">The template's name.</param>
/// <param name="Weight">How often it is chosen relative to the others (1 or more); the step's own template weighs 1.</param>
/// <param name="Location">Where the template's name is in the file.</param>
public sealed record DraftVariant(string Template, int Weight, SourceLocation Location);
