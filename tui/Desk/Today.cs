using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tui.Desk;

/// <summary>The Today screen's content.</summary>
/// <param name="Invitations">Drafted replies to new invitations, waiting for review.</param>
/// <param name="FollowUps">Other drafts waiting for review: nudges, thank-yous.</param>
/// <param name="Tasks">Open tasks due today or overdue.</param>
/// <param name="Replies">Replies that came in and wait for an answer, newest first.</param>
/// <param name="At">When it was read.</param>
internal sealed record Today(
    IReadOnlyList<Draft> Invitations,
    IReadOnlyList<Draft> FollowUps,
    IReadOnlyList<Reminder> Tasks,
    IReadOnlyList<ContactEvent> Replies,
    DateTimeOffset At)
{
    /// <summary>At most this many drafts of each kind, and replies, are listed.</summary>
    public const int MaxEach = 100;

    /// <summary>
    /// The drafts of each kind read with Today, before its first frame: more than a tall terminal shows. The rest of
    /// the <see cref="MaxEach"/> listed are read a page at a time as the table is scrolled to them.
    /// </summary>
    public const int FirstPage = 40;

    /// <summary>How many drafts answer new invitations, listed or not.</summary>
    public int InvitationCount { get; init; }

    /// <summary>How many other drafts wait, listed or not.</summary>
    public int FollowUpCount { get; init; }

    /// <summary>The names of the contacts listed, read with the lists.</summary>
    public Presentation.ContactNames? Names { get; init; }

    /// <summary>
    /// Replies not listed in <see cref="Replies"/> (answered already, or automatic) that asked for something still
    /// ahead: an out-of-office's return, a day to write again, a person to write to; newest first.
    /// </summary>
    public IReadOnlyList<ContactEvent> Asked { get; init; } = [];

    /// <summary>The open tasks that the replies listed asked for, by the reply's id.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<Reminder>> TasksAskedBy { get; init; } = new Dictionary<long, IReadOnlyList<Reminder>>();

    /// <summary>Whether the store holds no contact at all (read only when there is nothing to do).</summary>
    public bool StoreIsEmpty { get; init; }

    public bool IsEmpty => Invitations.Count == 0 && FollowUps.Count == 0 && Tasks.Count == 0 && Replies.Count == 0 && Asked.Count == 0;
}
