using Playbook.Engine.Analysis;

namespace Playbook.Engine.Runs;

/// <summary>A message a run wrote, for the person to review, edit, send by hand and mark sent (or discard).</summary>
public sealed record Draft
{
    /// <summary>The draft's id.</summary>
    public required long Id { get; init; }

    /// <summary>The contact it is for.</summary>
    public required long ContactId { get; init; }

    /// <summary>The run that wrote it.</summary>
    public long? RunId { get; init; }

    /// <summary>The playbook of that run.</summary>
    public required string Playbook { get; init; }

    /// <summary>The step that wrote it.</summary>
    public required string Step { get; init; }

    /// <summary>What it is for: <c>linkedin</c>, <c>linkedin-note</c>, <c>email</c>, ...</summary>
    public required string Channel { get; init; }

    /// <summary>The template it was written from.</summary>
    public required string Template { get; init; }

    /// <summary>The template chosen when the step has variants (an A/B test); null when it has none.</summary>
    public string? Variant { get; init; }

    /// <summary>The language of the template file used, or null for a language-neutral one.</summary>
    public string? Language { get; init; }

    /// <summary>The text.</summary>
    public required string Body { get; init; }

    /// <summary>The most characters the channel takes, or null for no limit.</summary>
    public int? Limit { get; init; }

    /// <summary>One of <see cref="DraftStatuses"/>.</summary>
    public required string Status { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was marked sent or discarded.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The <c>message.sent</c> event recorded when it was marked sent.</summary>
    public long? EventId { get; init; }

    /// <summary>The analysis of the contact the draft was written with (after an <c>analyse</c> step), or null.</summary>
    public ContactAnalysis? Analysis { get; init; }

    /// <summary>When the person last edited the text; null while it is as the template wrote it.</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>
    /// What happened to the draft since it was written that the person should know, such as an analysis that changed
    /// while it kept their edits; null when nothing did.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>The length of <see cref="Body"/>, as a browser's character counter counts it.</summary>
    public int Length => Body.Length;

    /// <summary>Whether the body is longer than the channel takes.</summary>
    public bool IsOverLimit => Limit is { } limit && Body.Length > limit;
}
