using System.Data;
using System.Globalization;
using Dapper;
using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// Meetings still to come. A planned meeting is a <c>meeting</c> event stored at its real start, which is after the
/// clock: nothing counts it (stage, funnel, waits, conditions, dispatch) until its time has passed. Each one gets a
/// task, due 24 hours before it, that says when it is and what the person knows of the contact; the task is kept
/// fresh at every import, <c>run</c> and <c>tick</c>, moves with its meeting, is removed with a cancelled one, and is
/// closed once the meeting has taken place. The first pass after a planned meeting's time moves its contact to the
/// <c>meeting</c> stage.
/// </summary>
internal static class PlannedMeetings
{
    /// <summary>How long before a planned meeting its task comes due.</summary>
    public static TimeSpan Ahead { get; } = TimeSpan.FromHours(24);

    private const string StepPrefix = "meeting:";

    /// <summary>The step name that ties a reminder task (with no run) to its meeting event.</summary>
    public static string StepOf(long eventId) => string.Create(CultureInfo.InvariantCulture, $"{StepPrefix}{eventId}");

    /// <summary>
    /// The pass every import of a calendar, <c>run</c> and <c>tick</c> makes, inside <paramref name="session"/>'s
    /// batch: contacts whose planned meeting has taken place move to <c>meeting</c>, its task is closed, and every
    /// meeting still to come has its task, written afresh. Returns how many contacts moved.
    /// </summary>
    public static int Pass(RunSession session, MeProfile me, DateTimeOffset now)
    {
        var moved = EventQueries.MeetingsHeld(session.Connection, session.Transaction, now);
        session.Execute(
            $"""
            UPDATE tasks SET done = 1, done_at = coalesce(done_at, $p1)
            WHERE run_id IS NULL AND playbook IS NULL AND done = 0 AND step LIKE '{StepPrefix}%'
              AND EXISTS (SELECT 1 FROM events e WHERE e.id = CAST(substr(tasks.step, {StepPrefix.Length + 1}) AS INTEGER)
                          AND e.contact_id = tasks.contact_id AND e.at_ticks <= $p0)
            """,
            now.UtcTicks, StoreFormat.Instant(now));
        var planned = session.Query(
            "SELECT e.id, e.contact_id, e.at_ticks, e.body FROM events e WHERE e.kind = 'meeting' AND e.at_ticks > $p0 ORDER BY e.at_ticks, e.id",
            r => (Id: r.GetInt64(0), ContactId: r.GetInt64(1), Start: new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero), Title: r.IsDBNull(3) ? null : r.GetString(3)),
            now.UtcTicks);
        if (planned.Count == 0)
        {
            return moved;
        }

        var analyzer = ProfileAnalyzer.For(me);
        var zone = session.Store.Clock.LocalTimeZone;
        foreach (var meeting in planned)
        {
            if (session.Contact(meeting.ContactId) is not { } contact)
            {
                continue;
            }

            var history = session.History(contact.Id, now);
            var analysis = analyzer.Analyse(contact, history.LastOrDefault(e => e.Kind == EventKinds.InvitationReceived), now, history);
            var drafts = session.Query("SELECT playbook FROM drafts WHERE contact_id = $p0 AND status = 'pending' ORDER BY id", r => r.GetString(0), contact.Id);
            var text = MeetingBrief.Of(contact, meeting.Start, meeting.Title, zone, analysis, history, drafts);
            Remind(session, meeting.Id, contact.Id, meeting.Start - Ahead, text, now);
        }

        return moved;
    }

    /// <summary>Takes back a meeting recorded as planned (cancelled, or declined by the contact since): the event and its task.</summary>
    public static void Withdraw(IDbConnection connection, IDbTransaction transaction, long eventId)
    {
        connection.Execute("DELETE FROM tasks WHERE run_id IS NULL AND playbook IS NULL AND step = @step", new { step = StepOf(eventId) }, transaction);
        connection.Execute("DELETE FROM events WHERE id = @eventId", new { eventId }, transaction);
    }

    /// <summary>Adds the meeting's task, or brings it up to date: a moved meeting moves its task, and opens it again.</summary>
    private static void Remind(RunSession session, long eventId, long contactId, DateTimeOffset due, string text, DateTimeOffset now)
    {
        var step = StepOf(eventId);
        var existing = session.Query(
            "SELECT id, due_ticks, text FROM tasks WHERE contact_id = $p0 AND run_id IS NULL AND playbook IS NULL AND step = $p1",
            r => (Id: r.GetInt64(0), DueTicks: r.GetInt64(1), Text: r.GetString(2)), contactId, step);
        if (existing is [var task, ..])
        {
            if (task.DueTicks != due.UtcTicks)
            {
                session.Execute("UPDATE tasks SET text = $p1, due_at = $p2, due_ticks = $p3, done = 0, done_at = NULL WHERE id = $p0",
                    task.Id, text, StoreFormat.Instant(due), due.UtcTicks);
            }
            else if (!string.Equals(task.Text, text, StringComparison.Ordinal))
            {
                session.Execute("UPDATE tasks SET text = $p1 WHERE id = $p0", task.Id, text);
            }

            return;
        }

        session.Execute(
            """
            INSERT INTO tasks (run_id, contact_id, playbook, step, text, due_at, due_ticks, created_at)
            VALUES (NULL, $p0, NULL, $p1, $p2, $p3, $p4, $p5)
            """,
            contactId, step, text, StoreFormat.Instant(due), due.UtcTicks, StoreFormat.Instant(now));
    }
}
