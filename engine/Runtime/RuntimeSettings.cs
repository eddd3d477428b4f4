using Playbook.Engine.Contacts;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Runtime;

/// <summary>What the runtime needs besides the store and the playbooks: the me-profile and the channels' limits.</summary>
public sealed record RuntimeSettings
{
    /// <summary>The user's me-profile, with <c>config.yaml</c> laid over it: templates and conditions read it.</summary>
    public required MeProfile Me { get; init; }

    /// <summary>The length limits drafts are measured against.</summary>
    public ChannelLimits Limits { get; init; } = ChannelLimits.Default;

    /// <summary>
    /// How many working days (Monday to Friday) after an out-of-office's return date a wait ends
    /// (<c>replies: back_after_working_days</c> in <c>config.yaml</c>).
    /// </summary>
    public int BackAfterWorkingDays { get; init; } = 2;

    /// <summary>
    /// How many runs share one transaction. Each step is still all-or-nothing (a savepoint); a crash loses at most
    /// the uncommitted batch, which the next command redoes. A commit writes every page the batch touched, and runs
    /// taken in time order touch their contacts' pages all over the file: 500 runs a batch spent a third of a pass's
    /// time in commits, 5,000 a twentieth, and a batch of 5,000 still commits about every half a second.
    /// </summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>
    /// From how many pending events a pass takes them contact by contact, in the store's order (a contact's own still
    /// oldest first), instead of all of them oldest first. The rows a run writes are keyed by its contact in most of
    /// their indexes (the runs', the drafts', the tags', the search's): taken oldest first, each lands at a random place
    /// in those trees; taken in the contacts' order, each goes after the one before. Below this many, the review queue
    /// keeps the order in which the invitations came.
    /// </summary>
    public int ContactOrderFrom { get; init; } = 5_000;

    /// <summary>
    /// Whether a pass over many new events reads their contacts, histories and analyses on a second thread, ahead of
    /// the runs that write them (on a machine with more than one processor). The runs and what they write are the same
    /// either way: a contact the pass itself changed, or any contact once another process wrote to the store, is read
    /// again by the pass.
    /// </summary>
    public bool ReadAhead { get; init; } = true;
}
