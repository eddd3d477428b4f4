using Playbook.Engine.Playbooks;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Catalog;

/// <summary>A playbook of a <see cref="PlaybookCatalog"/>: where it comes from, and whether it may run.</summary>
/// <param name="Definition">The playbook; its <see cref="PlaybookDefinition.SourceFile"/> is the file that won.</param>
/// <param name="Origin">Built-in or the user's.</param>
/// <param name="Replaced">The built-in of the same name that <paramref name="Definition"/> replaces, or null.</param>
/// <param name="Enabled">Whether it runs: false when it has any problem, so that nothing of it runs, or the user switched it off.</param>
/// <param name="Problems">What is wrong with its conditions, its remind texts or the templates it drafts with; empty when enabled.</param>
public sealed record CatalogEntry(
    PlaybookDefinition Definition,
    PlaybookOrigin Origin,
    PlaybookDefinition? Replaced,
    bool Enabled,
    IReadOnlyList<Problem> Problems)
{
    /// <summary>The user switched it off (<see cref="SwitchedOff"/>): it loads and is checked but does not run.</summary>
    public bool SwitchedOff { get; init; }
}
