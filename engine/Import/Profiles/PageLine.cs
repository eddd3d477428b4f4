namespace Playbook.Engine.Import.Profiles;

/// <summary>A line of a copied profile page, its spaces tidied, and whether an empty line came before it.</summary>
/// <param name="Text">The line's text.</param>
/// <param name="AfterBlank">Whether one or more empty lines came before it (a paragraph break in About).</param>
internal sealed record PageLine(string Text, bool AfterBlank);
