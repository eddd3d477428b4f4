using Playbook.Engine.Playbooks;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

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
                AND e.classification = 'negative' AND e.at_ticks >= r.started_ticks AND e.at_ticks <= $p0) AS negative,
            r.contact_id, r.event_id
        FROM runs r WHERE r.state IN ('running', 'waiting')
        ORDER BY r.id
        """;

    private const string PendingEventsSql = """
        SELECT e.id, e.contact_id FROM events e
        WHERE e.kind = $p0 AND e.at_ticks >= $p1 AND e.at_ticks <= $p2
          AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.playbook = $p3 AND r.contact_id = e.contact_id AND r.event_id = e.id)
        ORDER BY e.at_ticks, e.id
        """;

    private const string TooOldSql = """
        SELECT e.contact_id, e.id FROM events e
        WHERE e.kind = $p0 AND e.at_ticks < $p1
          AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.playbook = $p2 AND r.contact_id = e.contact_id AND r.event_id = e.id)
        """;

    private const string CountTooOldSql = """
        SELECT count(*) FROM events e
        WHERE e.kind = $p0 AND e.at_ticks < $p1
          AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.playbook = $p2 AND r.contact_id = e.contact_id AND r.event_id = e.id)
        """;

    // A contact's clock for a schedule starts at their last interaction (as conditions count one), else when they came
    // into the store; a run of the playbook since then (or one still going) means this period is covered.
    private const string LastTicksColumn = """
        coalesce(
                (SELECT max(e.at_ticks) FROM events e WHERE e.contact_id = c.id AND e.at_ticks <= $p0
                    AND (e.kind IN ('message.sent', 'meeting', 'collaboration', 'note')
                         OR (e.kind = 'message.received' AND coalesce(e.classification, '') <> 'auto'))),
                (SELECT min(e.at_ticks) FROM events e WHERE e.contact_id = c.id AND e.kind = 'contact.imported')) AS last_ticks
        """;

    private const string DueScheduleSql = $"""
        SELECT c.id, c.last_ticks FROM (
            SELECT c.id, {LastTicksColumn}
            FROM contacts c) c
        WHERE c.last_ticks IS NOT NULL AND c.last_ticks <= $p0 - $p1
          AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.playbook = $p2 AND r.contact_id = c.id
                          AND (r.state IN ('running', 'waiting') OR r.started_ticks >= c.last_ticks))
        ORDER BY c.id
        """;

    private const string LastTicksSql = $"SELECT {LastTicksColumn} FROM contacts c WHERE c.id = $p1";

    private const string CoveredSql = """
        SELECT count(*) FROM runs r WHERE r.playbook = $p0 AND r.contact_id = $p1
          AND (r.state IN ('running', 'waiting') OR r.started_ticks >= $p2)
        """;

    /// <summary>
    /// The contacts a schedule is due for: whose last interaction (or arrival in the store) is at least its
    /// <c>every</c> ago, with no run of it since then and none still going; with that instant, in ticks.
    /// </summary>
    public static List<(long ContactId, long LastTicks)> DueSchedule(RunSession session, PlaybookDefinition playbook, DateTimeOffset now) =>
        session.Query(DueScheduleSql, r => (r.GetInt64(0), r.GetInt64(1)), now.UtcTicks, playbook.Every!.Value.Ticks, playbook.Name);

    /// <summary>When a schedule's clock for the contact started, as <see cref="DueSchedule"/> counts it: their last interaction, else their arrival; null when neither.</summary>
    public static DateTimeOffset? LastInteractionOrArrival(RunSession session, long contactId, DateTimeOffset now) =>
        session.Query(LastTicksSql, r => r.IsDBNull(0) ? (long?)null : r.GetInt64(0), now.UtcTicks, contactId) is [{ } ticks]
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;

    /// <summary>Whether a run of <paramref name="playbook"/> for the contact already covers the period that began at <paramref name="sinceTicks"/>.</summary>
    public static bool Covered(RunSession session, PlaybookDefinition playbook, long contactId, long sinceTicks) =>
        session.Query(CoveredSql, r => r.GetInt64(0), playbook.Name, contactId, sinceTicks)[0] > 0;

    /// <summary>Every active run, oldest first, with its draft's status, whether its wait is over, whether anything
    /// was logged with the contact since its wait began, and the contact's latest negative reply since it started.</summary>
    public static List<ResumableRun> Active(RunSession session, DateTimeOffset now) =>
        session.Query(ActiveRunsSql, r => new ResumableRun(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetInt64(5) != 0,
            r.IsDBNull(6) ? null : r.GetString(6),
            !r.IsDBNull(7) && r.GetInt64(7) != 0,
            !r.IsDBNull(8) && r.GetInt64(8) != 0,
            r.IsDBNull(9) ? null : r.GetInt64(9),
            r.GetInt64(10),
            r.IsDBNull(11) ? null : r.GetInt64(11)), now.UtcTicks);

    /// <summary>
    /// The events of <paramref name="playbook"/>'s trigger, without a run of it, that are older than its <c>max_age</c>
    /// at <paramref name="now"/>: history, which starts nothing; as (contact, event) pairs.
    /// </summary>
    public static List<(long ContactId, long EventId)> TooOld(RunSession session, PlaybookDefinition playbook, DateTimeOffset now) =>
        playbook.MaxAge is { } maxAge && !playbook.IsSchedule
            ? session.Query(TooOldSql, r => (r.GetInt64(0), r.GetInt64(1)), playbook.Trigger, Instants.Minus(now, maxAge).UtcTicks, playbook.Name)
            : [];

    /// <summary>How many events <see cref="TooOld"/> would list, counted in the store (for a command over everyone).</summary>
    public static int CountTooOld(RunSession session, PlaybookDefinition playbook, DateTimeOffset now) =>
        playbook.MaxAge is { } maxAge && !playbook.IsSchedule
            ? (int)session.Query(CountTooOldSql, r => r.GetInt64(0), playbook.Trigger, Instants.Minus(now, maxAge).UtcTicks, playbook.Name)[0]
            : 0;

    /// <summary>
    /// The events that may start a run of <paramref name="playbook"/>: of its trigger, within its <c>max_age</c>, not after
    /// <paramref name="now"/>, and without a run of it; oldest first. Only their ids: the
    /// dispatch finds each event in its contact's history, which it reads anyway.
    /// </summary>
    public static List<(long EventId, long ContactId)> Pending(RunSession session, PlaybookDefinition playbook, DateTimeOffset now)
    {
        var since = playbook.MaxAge is { } maxAge ? Instants.Minus(now, maxAge).UtcTicks : 0L;
        return session.Query(PendingEventsSql, r => (r.GetInt64(0), r.GetInt64(1)), playbook.Trigger, since, now.UtcTicks, playbook.Name);
    }
}
