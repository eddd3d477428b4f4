using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>What reading one file gave: a definition when it has no problems, and the name it claims when that could be read.</summary>
internal sealed record ParsedPlaybook(PlaybookDefinition? Definition, string? Name, IReadOnlyList<Problem> Problems);
