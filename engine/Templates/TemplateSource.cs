namespace Playbook.Engine.Templates;

/// <summary>
/// The text of one template file and the path it is known by, for templates that do not come from a folder
/// (the built-ins carried inside the executable). The file name part of <paramref name="Path"/> gives the
/// template's name and language: <c>welcome.es.liquid</c>.
/// </summary>
/// <param name="Path">The path shown in problems; its file name must be <c>NAME.liquid</c> or <c>NAME.LANG.liquid</c>.</param>
/// <param name="Text">The Liquid text.</param>
public sealed record TemplateSource(string Path, string Text);
