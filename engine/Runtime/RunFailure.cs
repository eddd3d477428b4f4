namespace Playbook.Engine.Runtime;

/// <summary>A run that failed in a batch, and why; the same reason is in its journal.</summary>
/// <param name="RunId">The failed run (<c>playbook journal ID</c> shows it).</param>
/// <param name="ContactId">Its contact.</param>
/// <param name="Contact">The contact's name.</param>
/// <param name="Playbook">The playbook.</param>
/// <param name="Step">The step that failed, or null when it failed before its first step.</param>
/// <param name="Reason">What went wrong, in one line.</param>
public sealed record RunFailure(long RunId, long ContactId, string Contact, string Playbook, string? Step, string Reason);
