using System.Globalization;

namespace Playbook.Engine.Templates;

/// <summary>A rendered template measured against the limit of the channel it will be sent on.</summary>
public sealed record RenderedDraft
{
    /// <summary>The template's name.</summary>
    public required string Template { get; init; }

    /// <summary>The text to review and send.</summary>
    public required string Text { get; init; }

    /// <summary>The language of the file used, or null when it was the language-neutral <c>NAME.liquid</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The path of the file used.</summary>
    public required string TemplateFile { get; init; }

    /// <summary>The channel it is for (<c>linkedin</c>, <c>linkedin-note</c>, <c>email</c>, …), or null when not known.</summary>
    public string? Channel { get; init; }

    /// <summary>
    /// The length of <see cref="Text"/> in UTF-16 code units, as a browser's character counter and <c>maxlength</c>
    /// count it: an accented letter counts one, most emoji two.
    /// </summary>
    public int Length => Text.Length;

    /// <summary>The most characters <see cref="Channel"/> takes, or null for no limit.</summary>
    public int? Limit { get; init; }

    /// <summary>Whether the text is longer than the channel takes; such a draft is flagged for the person to shorten.</summary>
    public bool IsOverLimit => Limit is { } limit && Length > limit;

    /// <summary>
    /// One line for the person when the draft is over its limit, such as
    /// <c>412 characters; linkedin-note takes 300: cut 112</c>; null when it fits.
    /// </summary>
    public string? LimitWarning => IsOverLimit
        ? string.Create(CultureInfo.InvariantCulture, $"{Length} characters; {Channel} takes {Limit}: cut {Length - Limit}")
        : null;
}
