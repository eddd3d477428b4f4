using Playbook.Engine.Playbooks;

namespace Playbook.Engine.Catalog;

/// <summary>A built-in that does not run because a user file claims its name but has problems.</summary>
/// <param name="BuiltIn">The built-in that is held back.</param>
/// <param name="UserFile">The user's file that claims the name.</param>
public sealed record WithheldPlaybook(PlaybookDefinition BuiltIn, string UserFile);
