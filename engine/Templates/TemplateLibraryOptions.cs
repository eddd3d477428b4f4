namespace Playbook.Engine.Templates;

/// <summary>How a <see cref="TemplateLibrary"/> renders: its clock and the types templates may read.</summary>
public sealed record TemplateLibraryOptions
{
    /// <summary>The defaults: the system clock, no analysis type.</summary>
    public static TemplateLibraryOptions Default { get; } = new();

    /// <summary>The clock behind Liquid's <c>'now' | date: …</c>, and whose local time zone dates are shown in.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The type of <see cref="TemplateModel.Analysis"/>, when there is one: its public properties (and those of the
    /// records it holds) become readable by snake_case name, and <c>analysis.…</c> is checked like <c>contact.…</c>.
    /// Without it, <c>analysis</c> renders nothing.
    /// </summary>
    public Type? AnalysisType { get; init; }

    /// <summary>
    /// Where templates that passed their checks are remembered between processes (see <see cref="CheckedTemplates"/>),
    /// or null to check every template every time.
    /// </summary>
    public string? CheckedFolder { get; init; }

    /// <summary>
    /// The most Liquid statements one render may run, so a runaway loop in a shared template fails that draft
    /// instead of hanging the batch. A draft needs a few dozen.
    /// </summary>
    public int MaxSteps { get; init; } = 10_000;
}
