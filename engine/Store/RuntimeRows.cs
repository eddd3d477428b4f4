using System.Data;
using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Engine.Store;

/// <summary>
/// Reads the runtime's rows (runs, drafts, tasks, journal entries) and events by column position, for the
/// queries and for the runtime's own session, which reads thousands of them in a batch.
/// </summary>
internal static class RuntimeRows
{
    public const string RunColumns =
        "r.id, r.playbook, r.version, r.contact_id, r.event_id, r.state, r.step, r.wake_at, r.held_by, r.wait_from, r.vars_json, r.started_at, r.updated_at, r.reason";

    public const string DraftColumns =
        "d.id, d.contact_id, d.run_id, d.playbook, d.step, d.channel, d.template, d.variant, d.language, d.body, d.length_limit, d.status, d.created_at, d.decided_at, d.event_id, d.analysis, d.edited_at, d.note";

    public const string TaskColumns =
        "t.id, t.contact_id, t.run_id, t.playbook, t.text, t.due_at, t.done, t.done_at, t.created_at, t.event_id, t.linked_contact_id";

    public const string JournalColumns = "j.id, j.run_id, j.at, j.step, j.action, j.message";

    public const string EventColumns =
        "e.id, e.kind, e.contact_id, e.at, e.channel, e.direction, e.body, e.classification, e.conversation_id, e.classification_reason, e.follow_up_on, e.referral";

    /// <summary>The rows <paramref name="sql"/> returns, each made by <paramref name="map"/> as it is enumerated (memory does not grow with the table).</summary>
    public static IEnumerable<T> Stream<T>(IDbConnection connection, string sql, Func<IDataRecord, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return map(reader);
        }
    }

    public static Run Run(IDataRecord r) => new()
    {
        Id = r.GetInt64(0),
        Playbook = r.GetString(1),
        Version = r.GetString(2),
        ContactId = r.GetInt64(3),
        EventId = Long(r, 4),
        State = r.GetString(5),
        Step = Text(r, 6),
        WakeAt = Instant(r, 7),
        HeldBy = Long(r, 8),
        WaitFrom = Long(r, 9) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null,
        Vars = RunVars.Read(r.GetString(10)),
        StartedAt = StoreFormat.ParseInstant(r.GetString(11)),
        UpdatedAt = StoreFormat.ParseInstant(r.GetString(12)),
        Reason = Text(r, 13),
    };

    public static Draft Draft(IDataRecord r) => new()
    {
        Id = r.GetInt64(0),
        ContactId = r.GetInt64(1),
        RunId = Long(r, 2),
        Playbook = r.GetString(3),
        Step = r.GetString(4),
        Channel = r.GetString(5),
        Template = r.GetString(6),
        Variant = Text(r, 7),
        Language = Text(r, 8),
        Body = r.GetString(9),
        Limit = r.IsDBNull(10) ? null : r.GetInt32(10),
        Status = r.GetString(11),
        CreatedAt = StoreFormat.ParseInstant(r.GetString(12)),
        DecidedAt = Instant(r, 13),
        EventId = Long(r, 14),
        Analysis = AnalysisJson.Read(Text(r, 15)),
        EditedAt = Instant(r, 16),
        Note = Text(r, 17),
    };

    public static Reminder Task(IDataRecord r) => new()
    {
        Id = r.GetInt64(0),
        ContactId = r.GetInt64(1),
        RunId = Long(r, 2),
        Playbook = Text(r, 3),
        Text = r.GetString(4),
        DueAt = StoreFormat.ParseInstant(r.GetString(5)),
        Done = r.GetInt64(6) != 0,
        DoneAt = Instant(r, 7),
        CreatedAt = StoreFormat.ParseInstant(r.GetString(8)),
        EventId = Long(r, 9),
        LinkedContactId = Long(r, 10),
    };

    public static JournalEntry Journal(IDataRecord r) =>
        new(r.GetInt64(0), r.GetInt64(1), StoreFormat.ParseInstant(r.GetString(2)), Text(r, 3), r.GetString(4), r.GetString(5));

    public static ContactEvent Event(IDataRecord r) => new()
    {
        Id = r.GetInt64(0),
        Kind = r.GetString(1),
        ContactId = r.GetInt64(2),
        At = StoreFormat.ParseInstant(r.GetString(3)),
        Channel = Text(r, 4),
        Direction = Text(r, 5),
        Body = Text(r, 6),
        Classification = Text(r, 7),
        ConversationId = Text(r, 8),
        ClassificationReason = Text(r, 9),
        FollowUpOn = StoreFormat.ParseDate(Text(r, 10)),
        Referral = Text(r, 11),
    };

    /// <summary>Every row <paramref name="command"/> returns, mapped by <paramref name="map"/>.</summary>
    public static List<T> ReadAll<T>(IDbCommand command, Func<IDataRecord, T> map)
    {
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string? Text(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Long(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static DateTimeOffset? Instant(IDataRecord r, int i) => r.IsDBNull(i) ? null : StoreFormat.ParseInstant(r.GetString(i));
}
