using Playbook.Engine.Playbooks;

namespace Playbook.Engine.Catalog;

/// <summary>A playbook that runs, where it comes from, and the built-in it replaces, if any.</summary>
/// <param name="Definition">The playbook; its <see cref="PlaybookDefinition.SourceFile"/> is the file that won.</param>
/// <param name="Origin">Built-in or the user's.</param>
/// <param name="Replaced">The built-in of the same name that <paramref name="Definition"/> replaces, or null.</param>
public sealed record PlaybookEntry(PlaybookDefinition Definition, PlaybookOrigin Origin, PlaybookDefinition? Replaced);
