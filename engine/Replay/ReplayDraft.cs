namespace Playbook.Engine.Replay;

/// <summary>A draft a replay produced, as of the day it would have been written.</summary>
/// <param name="ContactId">The contact's id in the replay's throwaway store (not the user's).</param>
/// <param name="Contact">The contact's full name.</param>
/// <param name="Playbook">The playbook that wrote it.</param>
/// <param name="Step">The step that wrote it.</param>
/// <param name="CreatedAt">When it would have been written (the replay pass that wrote it).</param>
/// <param name="Language">The language it was written in, when the template says.</param>
/// <param name="Body">Its text.</param>
internal sealed record ReplayDraft(long ContactId, string Contact, string Playbook, string Step, DateTimeOffset CreatedAt, string? Language, string Body);
