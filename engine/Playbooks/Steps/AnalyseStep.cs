namespace Playbook.Engine.Playbooks.Steps;

/// <summary>
/// Analyses the contact against the me-profile (the <c>analyse</c> key, with no value): the journal records the
/// score and its evidence, and the drafts the run writes after it carry that evidence for the person to read.
/// </summary>
public sealed record AnalyseStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Analyse;
}
