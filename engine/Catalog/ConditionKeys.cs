namespace Playbook.Engine.Catalog;

/// <summary>
/// The keys a <see cref="PlaybookCatalog"/> gives the conditions of its playbooks in
/// <see cref="PlaybookCatalog.Conditions"/>: what the runtime passes to <c>Evaluate</c>. Playbook names are unique
/// among the playbooks that run and step ids within a playbook, and neither may hold <c>#</c>, so keys never collide.
/// </summary>
public static class ConditionKeys
{
    /// <summary>The key of <paramref name="playbook"/>'s <c>when</c>: <c>welcome#when</c>.</summary>
    public static string When(string playbook) => $"{playbook}#when";

    /// <summary>The key of a step's <c>if</c>: <c>welcome#nudge#if</c>.</summary>
    public static string If(string playbook, string stepId) => $"{playbook}#{stepId}#if";

    /// <summary>The key of a wait step's <c>until</c> condition: <c>welcome#wait#until</c>.</summary>
    public static string Until(string playbook, string stepId) => $"{playbook}#{stepId}#until";
}
