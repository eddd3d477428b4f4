using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Steps;

/// <summary>Writes a draft for the person to review and send by hand (the <c>draft</c> key).</summary>
public sealed record DraftStep : Step
{
    /// <summary>The channel a draft is for when the step names none.</summary>
    public const string DefaultChannel = "linkedin";

    /// <summary>
    /// The <c>channel</c> that stands for the channel of the contact's latest message, sent or received (not the
    /// calendar), or <see cref="DefaultChannel"/> when there is none; the runtime resolves it when it writes the draft.
    /// </summary>
    public const string LastChannel = "last";

    /// <inheritdoc/>
    public override string Kind => StepKinds.Draft;

    /// <summary>The template's name, without language or extension (<c>welcome</c> for <c>welcome.es.liquid</c>).</summary>
    public required string Template { get; init; }

    /// <summary>Where the template's name is in the file, for a "missing template" message.</summary>
    public required SourceLocation TemplateLocation { get; init; }

    /// <summary>
    /// The channel the draft is for (its length limit and where it is sent): <c>linkedin</c> unless given, or
    /// <see cref="LastChannel"/> for the channel the contact used last.
    /// </summary>
    public string Channel { get; init; } = DefaultChannel;

    /// <summary>Alternative templates for an A/B test, as written; empty when the step always uses <see cref="Template"/>.</summary>
    public IReadOnlyList<DraftVariant> Variants { get; init; } = [];

    /// <summary>
    /// Every template the step may use, with its weight: <see cref="Template"/> first, with weight 1, then the
    /// <see cref="Variants"/>. The runtime picks one per contact, each in proportion to its weight.
    /// </summary>
    public IReadOnlyList<DraftVariant> Choices =>
        [new DraftVariant(Template, 1, TemplateLocation), .. Variants];
}
