using Playbook.Engine.Playbooks.Steps;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// What could still be read from a playbook file that has problems, and is checked beyond the file: its C#
/// conditions and its remind texts. The file gives no playbook, but the catalog compiles and parses these too, so
/// that <c>check</c> reports their problems in the same pass as the file's own, not one fix later.
/// </summary>
/// <param name="File">The file.</param>
/// <param name="Conditions">Every <c>when</c>, <c>if</c> and <c>until</c> condition that could be read, in file order.</param>
/// <param name="Reminds">Every <c>remind</c> step whose text could be read, in file order.</param>
public sealed record RejectedParts(string File, IReadOnlyList<Expression> Conditions, IReadOnlyList<RemindStep> Reminds);
