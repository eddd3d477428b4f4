using System.Data;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Store.Ahead;
using Playbook.Engine.Store.Prepared;

namespace Playbook.Engine.Store;

/// <summary>
/// The runtime's connection to the store during a command: prepared statements for the reads and writes of
/// steps, and the transaction they share. Steps commit in batches; each step is all or nothing inside its batch (a
/// savepoint, see <see cref="Atomically"/>), so a step's effects and its run's new position are written together or not at all.
/// </summary>
internal sealed partial class RunSession : IDisposable
{
    private readonly ContactStore _store;
    private readonly List<SqliteCommand> _commands = [];
    private readonly List<PreparedStatement> _statements = [];
    private readonly PreparedStatement _contact;
    private readonly PreparedStatement _history;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _run;
    private readonly SqliteCommand _draft;
    private readonly PreparedStatement _insertRun;
    private readonly PreparedStatement _updateRun;
    private readonly JournalRows _journal;
    private readonly PreparedStatement _insertDraft;
    private readonly PreparedStatement _insertTask;
    private readonly PreparedStatement _draftOfStep;
    private readonly PreparedStatement _taskOfStep;
    private readonly PreparedStatement _stage;
    private readonly PreparedStatement _addTag;
    private readonly PreparedStatement _removeTag;
    private readonly BufferedRows _taggedRows;
    private readonly PreparedStatement _savepoint;
    private readonly PreparedStatement _release;
    private readonly PreparedStatement _rollbackTo;
    private SqliteTransaction? _transaction;
    private long? _memoryMap;
    private long? _cacheSize;
    private LogCopiedBeside? _copier;
    private readonly List<bool> _steps = [];
    private int _written;
    private readonly TouchedContacts _touched = new();
    private readonly Dictionary<long, DateTimeOffset> _tagged = [];

    /// <summary>What <see cref="_tagged"/> held for a contact before each change of this batch, to take a rolled-back step's away.</summary>
    private readonly List<(long ContactId, DateTimeOffset? Before)> _taggedBefore = [];
    private (DateTimeOffset At, string Text)? _lastInstant;

    public RunSession(ContactStore store)
    {
        _store = store;
        _contact = Write(ContactSql, 1);
        _history = Write(HistorySql, 2);
        _event = Prepare($"SELECT {RuntimeRows.EventColumns} FROM events e WHERE e.id = $p0", 1);
        _run = Prepare($"SELECT {RuntimeRows.RunColumns} FROM runs r WHERE r.id = $p0", 1);
        _draft = Prepare($"SELECT {RuntimeRows.DraftColumns} FROM drafts d WHERE d.id = $p0", 1);
        _insertRun = Write(
            """
            INSERT INTO runs (playbook, version, contact_id, event_id, state, step, vars_json, started_at, started_ticks, updated_at)
            VALUES ($p0, $p1, $p2, $p3, 'running', $p4, '{}', $p5, $p6, $p5)
            ON CONFLICT (playbook, contact_id, event_id) DO NOTHING
            """, 7);
        _updateRun = Write(
            """
            UPDATE runs SET version = $p1, state = $p2, step = $p3, wake_at = $p4, wake_ticks = $p5, wait_from = $p6,
                held_by = $p7, vars_json = $p8, reason = $p9, updated_at = $p10
            WHERE id = $p0
            """, 11);
        _journal = new JournalRows(store.Connection);
        _insertDraft = Write(
            """
            INSERT INTO drafts (run_id, contact_id, playbook, step, channel, template, variant, language, body, length_limit, created_at, analysis, note,
                                answers_invitation)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12,
                    -- Whether it answers a new invitation: the first draft of a run an invitation started (Today counts them apart).
                    $p13 AND NOT EXISTS (SELECT 1 FROM drafts WHERE run_id = $p0))
            ON CONFLICT (run_id, step) DO NOTHING
            """, 14);
        _draftOfStep = Write("SELECT id FROM drafts WHERE run_id = $p0 AND step = $p1", 2);
        _insertTask = Write(
            """
            INSERT INTO tasks (run_id, contact_id, playbook, step, text, due_at, due_ticks, created_at, event_id, linked_contact_id)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
            ON CONFLICT (run_id, step) DO NOTHING
            """, 10);
        _taskOfStep = Write("SELECT id FROM tasks WHERE run_id = $p0 AND step = $p1", 2);
        _stage = Write("UPDATE contacts SET stage = $p1, updated_at = $p2 WHERE id = $p0 AND stage <> $p1", 3);
        _addTag = Write("INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES ($p0, $p1)", 2);
        _removeTag = Write("DELETE FROM contact_tags WHERE contact_id = $p0 AND tag = $p1", 2);
        _taggedRows = new BufferedRows(store.Connection, DerivedData.TaggedInsert, 2, DerivedData.TaggedUpsert);
        _savepoint = Write("SAVEPOINT step", 0);
        _release = Write("RELEASE step", 0);
        _rollbackTo = Write("ROLLBACK TO step", 0);
    }

    /// <summary>A contact by id.</summary>
    public const string ContactSql = $"SELECT {ContactRow.SelectList} FROM contacts c WHERE c.id = $p0";

    /// <summary>A contact's events up to a time (in ticks), oldest first.</summary>
    public static string HistorySql { get; } =
        $"SELECT {RuntimeRows.EventColumns} FROM events e WHERE e.contact_id = $p0 AND e.at_ticks <= $p1 ORDER BY e.at_ticks, e.id";

    public SqliteConnection Connection => _store.Connection;

    /// <summary>
    /// Whether this session's writes may have changed <paramref name="contactId"/>'s row or history: its tags or stage
    /// changed, or a statement this session cannot follow (<see cref="Execute"/>) was written. What was read of the
    /// contact on another connection before those writes committed is then out of date.
    /// </summary>
    public bool Touched(long contactId) => _touched.Contains(contactId);

    /// <summary>The store this session writes to.</summary>
    public ContactStore Store => _store;

    public Contact? Contact(long id)
    {
        if (_contact.Bind(id).Query(ContactRow.Map) is not [var contact])
        {
            return null;
        }

        // A tag of this batch still in memory (not yet in contact_tagged) counts as a change of the contact, as it will.
        return _tagged.TryGetValue(id, out var tagged) && tagged > contact.UpdatedAt ? contact with { UpdatedAt = tagged } : contact;
    }

    /// <summary>
    /// <paramref name="contact"/> as read by another query (whose row may be behind the tags this session gave it), read
    /// again through <see cref="Contact"/> when this session may have tagged it.
    /// </summary>
    public Contact Current(Contact contact) => _touched.Contains(contact.Id) ? Contact(contact.Id) ?? contact : contact;

    /// <summary>The contact's events up to <paramref name="asOf"/>, oldest first: a run sees the world as of its clock.</summary>
    public List<ContactEvent> History(long contactId, DateTimeOffset asOf)
    {
        return _history.Bind(contactId, asOf.UtcTicks).Query(RuntimeRows.Event);
    }

    public ContactEvent? Event(long id)
    {
        Statements.Bind(_event, id);
        using var reader = _event.ExecuteReader();
        return reader.Read() ? RuntimeRows.Event(reader) : null;
    }

    public Run? Run(long id)
    {
        Statements.Bind(_run, id);
        using var reader = _run.ExecuteReader();
        return reader.Read() ? RuntimeRows.Run(reader) : null;
    }

    public Draft? Draft(long id)
    {
        Statements.Bind(_draft, id);
        using var reader = _draft.ExecuteReader();
        return reader.Read() ? RuntimeRows.Draft(reader) : null;
    }

    /// <summary>Creates a run in the running state at <paramref name="firstStep"/>; null when the event already has one for the playbook.</summary>
    public long? InsertRun(string playbook, string version, long contactId, long? eventId, string firstStep, DateTimeOffset now)
    {
        Writing();
        return _insertRun.Bind(playbook, version, contactId, eventId, firstStep, Instant(now), now.UtcTicks).ExecuteInsert();
    }

    public void UpdateRun(Run run, DateTimeOffset now)
    {
        Writing();
        _updateRun.Bind(
            run.Id, run.Version, run.State, run.Step,
            run.WakeAt is { } wake ? Instant(wake) : null, run.WakeAt?.UtcTicks,
            run.WaitFrom?.UtcTicks, run.HeldBy, RunVars.Write(run.Vars), run.Reason, Instant(now));
        _updateRun.Execute();
    }

    /// <summary>
    /// Adds a journal entry. It is kept in memory with the others and written with them, in the same batch, before the
    /// batch commits or a statement of <see cref="Query{T}"/> or <see cref="Execute"/> outside a step could read it.
    /// </summary>
    public void Journal(long runId, DateTimeOffset at, string? step, string action, string message)
    {
        _journal.Add(runId, Instant(at), step, action, message);
        if (_steps.Count == 0)
        {
            _journal.Flush(all: false);
        }
    }

    /// <summary>
    /// Writes a draft, with its analysis as JSON (<see cref="AnalysisJson"/>) and <paramref name="note"/> (why it is not
    /// in the language chosen, or null); a draft the same run
    /// and step already wrote is kept and its id returned. <paramref name="startedByInvitation"/> says whether the run's
    /// event is an invitation received: its first draft then answers a new invitation.
    /// </summary>
    public long InsertDraft(long runId, long contactId, string playbook, string step, string channel, string template,
        string? variant, string? language, string body, int? limit, string? analysisJson, string? note, bool startedByInvitation,
        DateTimeOffset now)
    {
        Writing();
        _insertDraft.Bind(runId, contactId, playbook, step, channel, template, variant, language, body, limit, Instant(now),
            analysisJson, note, startedByInvitation ? 1L : 0L);
        return _insertDraft.ExecuteInsert() ?? _draftOfStep.Bind(runId, step).ExecuteScalar()!.Value;
    }

    /// <summary>Creates a task; a task the same run and step already created is kept and its id returned.</summary>
    public long InsertTask(
        long runId, long contactId, string playbook, string step, string text, DateTimeOffset due, DateTimeOffset now, long? eventId = null, long? linkedContactId = null)
    {
        Writing();
        return _insertTask.Bind(runId, contactId, playbook, step, text, Instant(due), due.UtcTicks, Instant(now), eventId, linkedContactId)
            .ExecuteInsert() ?? _taskOfStep.Bind(runId, step).ExecuteScalar()!.Value;
    }

    /// <summary>
    /// The contact a referral names: the one with <paramref name="email"/>, else the only contact whose full name is
    /// <paramref name="name"/> (accents and case aside); null when none, or when the name fits more than one.
    /// </summary>
    public long? FindReferred(string? name, string? email)
    {
        if (email is not null
            && Query("SELECT contact_id FROM contact_emails WHERE email_key = $p0", r => r.GetInt64(0), email.Trim().ToLowerInvariant()) is [var byEmail, ..])
        {
            return byEmail;
        }

        return name is not null && Query("SELECT id FROM contacts WHERE name_key = $p0 LIMIT 2", r => r.GetInt64(0), NameKey.Of(name)) is [var only]
            ? only
            : null;
    }

    public bool SetStage(long contactId, string stage, DateTimeOffset now)
    {
        Writing();
        _touched.Add(contactId);
        return _stage.Bind(contactId, stage, Instant(now)).Execute() > 0;
    }

    /// <summary>
    /// Adds or removes tags; true when anything changed. The time of the change goes beside the contact, in
    /// <c>contact_tagged</c>, written with the batch's journal (<see cref="BufferedRows"/>), not on the contact's wide
    /// row: rewriting that row at every tag was a third of a pass's time. Nothing else derives from tags (see
    /// <see cref="DerivedData"/>). This session's own reads of the contact (<see cref="Contact"/>) see the change at once.
    /// </summary>
    public bool EditTags(long contactId, IEnumerable<string> tags, bool add, DateTimeOffset now)
    {
        Writing();
        _touched.Add(contactId);
        var command = add ? _addTag : _removeTag;
        var changed = 0;
        foreach (var tag in tags)
        {
            changed += command.Bind(contactId, tag).Execute();
        }

        if (changed > 0)
        {
            _taggedRows.Add(contactId, Instant(now));
            var known = _tagged.TryGetValue(contactId, out var earlier);
            _taggedBefore.Add((contactId, known ? earlier : null));
            _tagged[contactId] = known && earlier > now ? earlier : now;
        }

        return changed > 0;
    }

    /// <summary>Runs a query inside the batch (or outside one) and maps its rows (one that writes makes every contact <see cref="Touched"/>).</summary>
    public List<T> Query<T>(string sql, Func<IDataRecord, T> map, params ReadOnlySpan<object?> values)
    {
        if (!sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            _touched.AddAll();
            Writing();
        }

        if (_transaction is not null && _steps.Count == 0)
        {
            WriteBuffered(all: true);
        }

        using var command = Connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i] ?? DBNull.Value);
        }

        return RuntimeRows.ReadAll(command, map);
    }

    /// <summary>Runs a statement inside the batch (after which every contact counts as <see cref="Touched"/>).</summary>
    public int Execute(string sql, params ReadOnlySpan<object?> values)
    {
        _touched.AddAll();
        Writing();
        if (_steps.Count == 0)
        {
            WriteBuffered(all: true);
        }

        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i] ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_transaction is not null)
        {
            RollbackBatch();
        }

        foreach (var command in _commands)
        {
            command.Dispose();
        }

        foreach (var statement in _statements)
        {
            statement.Dispose();
        }

        _journal.Dispose();
        _taggedRows.Dispose();

        // Before the store's connection closes, so that it is the last one and copies back what is left of the log.
        _copier?.Dispose();

        if (_memoryMap is { } bytes)
        {
            using var command = Connection.CreateCommand();
            command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {bytes}");
            command.ExecuteNonQuery();
            if (_cacheSize is { } size)
            {
                command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size}");
                command.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// <paramref name="at"/> as the store writes a time; the last one is kept, since a pass writes its clock's time on
    /// every run, journal entry and draft.
    /// </summary>
    private string Instant(DateTimeOffset at)
    {
        if (_lastInstant is not { } last || last.At != at)
        {
            _lastInstant = last = (at, StoreFormat.Instant(at));
        }

        return last.Text;
    }

    /// <summary>A statement (a write, or a read of every run) prepared once and bound by position (<paramref name="parameterCount"/> only documents the SQL's).</summary>
    private PreparedStatement Write(string sql, int parameterCount)
    {
        _ = parameterCount;
        var statement = new PreparedStatement(_store.Connection, sql);
        _statements.Add(statement);
        return statement;
    }

    private SqliteCommand Prepare(string sql, int parameterCount)
    {
        var command = _store.Connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        _commands.Add(command);
        return command;
    }
}
