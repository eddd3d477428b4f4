namespace Playbook.Tui.Cli;

/// <summary>What <c>profile --json</c> prints: the contact as it now stands, and what happened to its pending drafts.</summary>
internal sealed record ProfileReadJson(ContactJson Contact, IReadOnlyList<RedraftJson> Redrafted);
