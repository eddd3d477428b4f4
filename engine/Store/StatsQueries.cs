using Dapper;
using Playbook.Engine.Analysis.Replies;

namespace Playbook.Engine.Store;

/// <summary>What the funnel is counted from: one <see cref="InvitationOutcome"/> per contact who invited the user.</summary>
public sealed class StatsQueries
{
    private readonly ContactStore _store;

    internal StatsQueries(ContactStore store) => _store = store;

    /// <summary>
    /// How far each invitation got, read in one snapshot of the store: the contact's first invitation, the first
    /// message sent after it (the personal reply) and what followed that reply; attributed to the playbook (and variant) whose draft
    /// the reply was sent from, else to the run the invitation started and its first draft, else to nobody (manual).
    /// </summary>
    public IReadOnlyList<InvitationOutcome> Outcomes()
    {
        using var snapshot = _store.Connection.BeginTransaction(deferred: true);
        // One aggregate pass: invitations, the personal replies after them, and the facts of what came after each
        // reply. Only threads with enough messages each way but no engaged reply need their history read, to see
        // whether the messages fall within the conversation window. CROSS JOIN (SQLite keeps its order) and a unary
        // '+' (no index on that term) keep the planner on a contact's own rows, events by contact and time, runs by
        // contact: left to itself it scans every event of the store, or every sent message for each invitation.
        var rows = _store.Connection.Query<OutcomeRow>(
            """
            WITH inv AS (
                SELECT contact_id, id AS inv_id, min(at_ticks) AS inv_ticks, coalesce(channel, 'linkedin') AS inv_channel
                FROM events WHERE kind = 'invitation.received'
                GROUP BY contact_id),
            sent AS (
                SELECT e.contact_id, e.id AS sent_id, min(e.at_ticks) AS sent_ticks, e.channel AS sent_channel
                FROM inv CROSS JOIN events e ON e.contact_id = inv.contact_id AND +e.kind = 'message.sent' AND e.at_ticks >= inv.inv_ticks
                GROUP BY e.contact_id),
            later AS (
                SELECT s.contact_id,
                       min(CASE WHEN e.kind = 'message.received' AND coalesce(e.classification, '') <> 'auto' THEN e.at_ticks END) AS answer_ticks,
                       max(e.kind = 'message.received' AND e.classification = 'engaged') AS engaged,
                       max(e.kind = 'message.received' AND e.classification = 'brush-off') AS brush_off,
                       max(e.kind = 'message.received' AND e.classification = 'negative') AS negative,
                       max(e.kind = 'meeting' AND e.at_ticks <= @now) AS meeting,
                       max(e.kind = 'collaboration') AS collaboration,
                       sum(e.kind = 'message.sent') AS sent_count,
                       sum(e.kind = 'message.received' AND coalesce(e.classification, '') NOT IN ('auto', 'brush-off', 'negative')) AS received_count
                FROM sent s CROSS JOIN events e ON e.contact_id = s.contact_id AND e.at_ticks >= s.sent_ticks
                WHERE +e.kind IN ('message.sent', 'message.received', 'meeting', 'collaboration')
                GROUP BY s.contact_id),
            attributed AS (
                SELECT inv.contact_id,
                       coalesce(
                           (SELECT d.id FROM drafts d WHERE d.event_id = sent.sent_id),
                           (SELECT d.id FROM runs r JOIN drafts d ON d.run_id = r.id
                            WHERE r.contact_id = inv.contact_id AND r.event_id = inv.inv_id AND +d.status = 'sent'
                            ORDER BY d.decided_at, d.id LIMIT 1),
                           (SELECT d.id FROM runs r JOIN drafts d ON d.run_id = r.id
                            WHERE r.contact_id = inv.contact_id AND r.event_id = inv.inv_id
                            ORDER BY d.id LIMIT 1)) AS draft_id,
                       (SELECT r.id FROM runs r WHERE r.contact_id = inv.contact_id AND r.event_id = inv.inv_id ORDER BY r.id LIMIT 1) AS run_id
                FROM inv LEFT JOIN sent ON sent.contact_id = inv.contact_id)
            SELECT inv.contact_id AS ContactId, inv.inv_ticks AS InvitedTicks, inv.inv_channel AS InvitationChannel,
                   sent.sent_ticks AS SentTicks, sent.sent_channel AS SentChannel,
                   later.answer_ticks AS AnswerTicks, coalesce(later.engaged, 0) AS Engaged, coalesce(later.brush_off, 0) AS BrushOff,
                   coalesce(later.negative, 0) AS Negative, coalesce(later.meeting, 0) AS Meeting,
                   coalesce(later.collaboration, 0) AS Collaboration, coalesce(later.sent_count, 0) AS SentCount,
                   coalesce(later.received_count, 0) AS ReceivedCount,
                   coalesce(dr.playbook, rr.playbook) AS Playbook, coalesce(drr.version, rr.version) AS Version, dr.variant AS Variant
            FROM inv
            LEFT JOIN sent ON sent.contact_id = inv.contact_id
            LEFT JOIN later ON later.contact_id = inv.contact_id
            JOIN attributed a ON a.contact_id = inv.contact_id
            LEFT JOIN drafts dr ON dr.id = a.draft_id
            LEFT JOIN runs drr ON drr.id = dr.run_id
            LEFT JOIN runs rr ON rr.id = a.run_id
            ORDER BY inv.contact_id
            """,
            new { now = _store.Clock.GetUtcNow().UtcTicks }, snapshot).ToList();

        var settings = _store.Conversations;
        var outcomes = new List<InvitationOutcome>(rows.Count);
        foreach (var row in rows)
        {
            var conversation = row.Engaged || row.Meeting || row.Collaboration
                || row.SentCount >= settings.MessagesEachWay && row.ReceivedCount >= settings.MessagesEachWay && BackAndForth(row, settings, snapshot);
            outcomes.Add(new InvitationOutcome
            {
                ContactId = row.ContactId,
                InvitedAt = Instant(row.InvitedTicks),
                RepliedAt = row.SentTicks is { } sent ? Instant(sent) : null,
                Channel = row.SentChannel ?? row.InvitationChannel,
                AnsweredAt = row.AnswerTicks is { } answered ? Instant(answered) : null,
                BrushOff = row.BrushOff && !conversation,
                Negative = row.Negative,
                Conversation = conversation,
                Meeting = row.Meeting || row.Collaboration,
                Collaboration = row.Collaboration,
                Playbook = row.Playbook,
                Version = row.Version,
                Variant = row.Variant,
            });
        }

        snapshot.Commit();
        return outcomes;
    }

    private bool BackAndForth(OutcomeRow row, ConversationSettings settings, System.Data.IDbTransaction snapshot)
    {
        var after = Instant(row.SentTicks!.Value);
        var history = _store.Events.List(row.ContactId, null, null, snapshot).Where(e => e.At >= after).ToList();
        return StageProgress.BackAndForth(history, settings);
    }

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    private sealed class OutcomeRow
    {
        public long ContactId { get; set; }
        public long InvitedTicks { get; set; }
        public string InvitationChannel { get; set; } = "";
        public long? SentTicks { get; set; }
        public string? SentChannel { get; set; }
        public long? AnswerTicks { get; set; }
        public bool Engaged { get; set; }
        public bool BrushOff { get; set; }
        public bool Negative { get; set; }
        public bool Meeting { get; set; }
        public bool Collaboration { get; set; }
        public long SentCount { get; set; }
        public long ReceivedCount { get; set; }
        public string? Playbook { get; set; }
        public string? Version { get; set; }
        public string? Variant { get; set; }
    }
}
