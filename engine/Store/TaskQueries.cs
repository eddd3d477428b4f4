using System.Globalization;
using Dapper;
using Playbook.Engine.Runs;

namespace Playbook.Engine.Store;

/// <summary>Tasks the runs created: reminders for the person, due at a time.</summary>
public sealed class TaskQueries
{
    private readonly ContactStore _store;

    internal TaskQueries(ContactStore store) => _store = store;

    /// <summary>Open tasks by due time (with <paramref name="includeDone"/>, done ones too); with <paramref name="dueBy"/>, only those due by then.</summary>
    public IReadOnlyList<Reminder> List(DateTimeOffset? dueBy = null, bool includeDone = false, long? contactId = null)
    {
        using var reader = _store.Connection.ExecuteReader(
            $"""
            SELECT {RuntimeRows.TaskColumns} FROM tasks t
            {new Filter().And(!includeDone, "t.done = 0").And(dueBy is not null, "t.due_ticks <= @dueBy").And(contactId is not null, "t.contact_id = @contactId")}
            ORDER BY t.due_ticks, t.id
            """,
            new { includeDone, dueBy = dueBy?.UtcTicks, contactId });
        var tasks = new List<Reminder>();
        while (reader.Read())
        {
            tasks.Add(RuntimeRows.Task(reader));
        }

        return tasks;
    }

    /// <summary>The open tasks that <paramref name="eventIds"/> asked for (see <see cref="Reminder.EventId"/>), by due time, in one query.</summary>
    public IReadOnlyList<Reminder> AskedBy(IReadOnlyCollection<long> eventIds)
    {
        if (eventIds.Count == 0)
        {
            return [];
        }

        using var reader = _store.Connection.ExecuteReader(
            $"""
            SELECT {RuntimeRows.TaskColumns} FROM tasks t
            WHERE t.done = 0 AND t.event_id IN (SELECT value FROM json_each(@ids))
            ORDER BY t.due_ticks, t.id
            """,
            new { ids = StoreFormat.IdArray(eventIds) });
        var tasks = new List<Reminder>();
        while (reader.Read())
        {
            tasks.Add(RuntimeRows.Task(reader));
        }

        return tasks;
    }

    /// <summary>
    /// Links the task to <paramref name="contactId"/> (see <see cref="Reminder.LinkedContactId"/>): the person a reply
    /// referred to, now a contact.
    /// </summary>
    /// <exception cref="NotFoundException">No such task.</exception>
    public Reminder Link(long taskId, long contactId)
    {
        _store.InTransaction(transaction => Link(taskId, contactId, transaction));
        return Get(taskId);
    }

    /// <summary>As the public <c>Link</c>, inside <paramref name="transaction"/>.</summary>
    internal int Link(long taskId, long contactId, System.Data.IDbTransaction transaction) =>
        _store.Connection.Execute("UPDATE tasks SET linked_contact_id = @contactId WHERE id = @taskId", new { taskId, contactId }, transaction);

    /// <summary>How many tasks are open.</summary>
    public long CountOpen() => _store.Connection.ExecuteScalar<long>("SELECT count(*) FROM tasks WHERE done = 0");

    /// <summary>Every task, done or not, by due time, read as it is enumerated.</summary>
    public IEnumerable<Reminder> All() =>
        RuntimeRows.Stream(_store.Connection, $"SELECT {RuntimeRows.TaskColumns} FROM tasks t ORDER BY t.due_ticks, t.id", RuntimeRows.Task);

    /// <summary>How many tasks there are, done or not.</summary>
    public long Count() => _store.Connection.ExecuteScalar<long>("SELECT count(*) FROM tasks");

    /// <summary>The task with <paramref name="id"/>.</summary>
    /// <exception cref="NotFoundException">No such task.</exception>
    public Reminder Get(long id)
    {
        using var reader = _store.Connection.ExecuteReader($"SELECT {RuntimeRows.TaskColumns} FROM tasks t WHERE t.id = @id", new { id });
        return reader.Read() ? RuntimeRows.Task(reader) : throw new NotFoundException("task", id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Marks a task done (again is harmless).</summary>
    /// <exception cref="NotFoundException">No such task.</exception>
    public Reminder Complete(long id)
    {
        _store.InTransaction(transaction =>
            _store.Connection.Execute("UPDATE tasks SET done = 1, done_at = coalesce(done_at, @now) WHERE id = @id", new { id, now = _store.NowText() }, transaction));
        return Get(id);
    }
}
