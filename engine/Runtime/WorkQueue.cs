using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Store;

namespace Playbook.Engine.Runtime;

/// <summary>What a command finds to do: the active runs, with what may have happened to them, and the pending events.</summary>
internal static class WorkQueue
{
    private const string ActiveRunsSql = $"""
        SELECT r.id, r.playbook, r.version, r.state, r.step, r.wake_ticks IS NOT NULL,
            (SELECT d.status FROM drafts d WHERE d.id = r.held_by) AS held_status,
            r.wake_ticks IS NOT NULL AND r.wake_ticks <= $p0 AS due,
            r.wake_ticks IS NOT NULL AND EXISTS (
                SELECT 1 FROM events e WHERE e.contact_id = r.contact_id AND e.at_ticks > r.wait_from AND e.at_ticks <= $p0
                AND e.kind IN ('message.received', 'message.sent', 'meeting', 'collaboration', 'note')) AS touched,
            (SELECT max(e.id) FROM events e WHERE e.contact_id = r.contact_id AND e.kind = 'message.received'
                AND e.classification = 'negative' AND e.at_ticks >= r.started_ticks AND e.at_ticks <= $p0) AS negative
        FROM runs r WHERE r.state IN ('running', 'waiting')
        ORDER BY r.id
        """;

    private const string PendingEventsSql = $"""
        SELECT {RuntimeRows.EventColumns} FROM events e
        WHERE e.kind = $p0 AND e.at_ticks >= $p1 AND e.at_ticks <= $p2
          AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.playbook = $p3 AND r.contact_id = e.contact_id AND r.event_id = e.id)
        ORDER BY e.at_ticks, e.id
        """;

    /// <summary>Every active run, oldest first, with its draft's status, whether its wait is over, whether anything
    /// was logged with the contact since its wait began, and the contact's latest negative reply since it started.</summary>
    public static List<ResumableRun> Active(RunSession session, DateTimeOffset now) =>
        session.Query(ActiveRunsSql, r => new ResumableRun(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetInt64(5) != 0,
            r.IsDBNull(6) ? null : r.GetString(6),
            !r.IsDBNull(7) && r.GetInt64(7) != 0,
            !r.IsDBNull(8) && r.GetInt64(8) != 0,
            r.IsDBNull(9) ? null : r.GetInt64(9)), now.UtcTicks);

    /// <summary>The events that may start a run of <paramref name="playbook"/>: of its trigger, within its <c>max_age</c>, not after <paramref name="now"/>, and without a run of it.</summary>
    public static List<ContactEvent> Pending(RunSession session, PlaybookDefinition playbook, DateTimeOffset now)
    {
        var since = playbook.MaxAge is { } maxAge ? (now - maxAge).UtcTicks : 0L;
        return session.Query(PendingEventsSql, RuntimeRows.Event, playbook.Trigger, since, now.UtcTicks, playbook.Name);
    }
}
