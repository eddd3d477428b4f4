namespace Playbook.Engine.Stats;

/// <summary>
/// What one playbook's sent drafts led to (<see cref="Step"/> and <see cref="Variant"/> null), or those of one draft
/// step and variant of it. Conversations, meetings and collaborations count runs: a run's contact reached that far
/// after the run's first draft sent (for a step's row, after that step's draft).
/// </summary>
/// <param name="Playbook">The playbook that wrote the drafts.</param>
/// <param name="Step">The draft step, or null for the playbook's own row.</param>
/// <param name="Variant">The template variant the step picked (<see cref="FunnelDimensions.NoVariant"/> for a step without variants), or null for the playbook's own row.</param>
/// <param name="Runs">Runs with at least one draft sent.</param>
/// <param name="DraftsSent">Drafts marked sent.</param>
/// <param name="RepliedWithinWait">Sent drafts the contact replied to within the wait that follows them.</param>
/// <param name="Conversations">Runs whose contact reached a real conversation after the draft.</param>
/// <param name="Meetings">Runs whose contact met the user (or collaborated) after the draft.</param>
/// <param name="Collaborations">Runs whose contact collaborated with the user after the draft.</param>
public sealed record PlaybookOutcome(
    string Playbook, string? Step, string? Variant, int Runs, int DraftsSent, int RepliedWithinWait, int Conversations, int Meetings, int Collaborations)
{
    /// <summary>Sent drafts replied to within their wait, of the drafts sent.</summary>
    public Proportion ReplyRate => new(RepliedWithinWait, DraftsSent);

    /// <summary>Runs that became a real conversation, of the runs.</summary>
    public Proportion ConversationRate => new(Conversations, Runs);

    /// <summary>Runs that led to a meeting, of the runs.</summary>
    public Proportion MeetingRate => new(Meetings, Runs);

    /// <summary>Runs that led to a collaboration, of the runs.</summary>
    public Proportion CollaborationRate => new(Collaborations, Runs);
}
