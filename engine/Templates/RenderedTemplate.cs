namespace Playbook.Engine.Templates;

/// <summary>The text a template produced, and which of its files produced it.</summary>
/// <param name="Template">The template's name.</param>
/// <param name="Text">The rendered text, tidied (see <see cref="TemplateLibrary.Render"/>).</param>
/// <param name="Language">The language of the file used, or null when it was the language-neutral <c>NAME.liquid</c>.</param>
/// <param name="TemplateFile">The path of the file used.</param>
public sealed record RenderedTemplate(string Template, string Text, string? Language, string TemplateFile);
