using System.Globalization;

namespace Playbook.Engine.Templates;

/// <summary>One file of a template: its language (null for any), where it came from, and its parsed form.</summary>
/// <param name="Name">The template's name.</param>
/// <param name="Language">The language code, or null for the file that serves any language.</param>
/// <param name="File">The path it was read from.</param>
/// <param name="Template">The parsed template, or null when it has errors (see the library's problems).</param>
/// <param name="Culture">The culture dates and numbers are written in: the language's, or the invariant one.</param>
internal sealed record TemplateVariant(string Name, string? Language, string File, ParsedTemplate? Template, CultureInfo Culture);
