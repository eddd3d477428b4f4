namespace Playbook.Engine.Runtime;

/// <summary>What new knowledge about a contact did to one of their pending drafts.</summary>
/// <param name="DraftId">The draft.</param>
/// <param name="ContactId">Its contact.</param>
/// <param name="Rewritten">True when the draft was written again; false when the person had edited it and it kept their text, with a note.</param>
/// <param name="Message">What happened, in one line, as the run's journal says it.</param>
public sealed record RedraftOutcome(long DraftId, long ContactId, bool Rewritten, string Message);
