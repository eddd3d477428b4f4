using Playbook.Engine.Runs;

namespace Playbook.Engine.Store;

/// <summary>The review queue in two (see <see cref="DraftQueries.Pending"/>), each side cut to a limit and counted whole.</summary>
/// <param name="Invitations">The first draft of each run an invitation started: the replies to new invitations.</param>
/// <param name="InvitationCount">How many such drafts wait, listed or not.</param>
/// <param name="Others">Every other pending draft: nudges, thank-yous, ...</param>
/// <param name="OtherCount">How many other drafts wait, listed or not.</param>
public sealed record PendingDrafts(IReadOnlyList<Draft> Invitations, int InvitationCount, IReadOnlyList<Draft> Others, int OtherCount);
