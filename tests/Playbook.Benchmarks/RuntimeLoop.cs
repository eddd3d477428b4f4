using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis;
using Playbook.Engine.Analysis.Notes;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Templates;

namespace Playbook.Benchmarks;

/// <summary>
/// The ceiling the runtime is measured against: the welcome playbook written out by hand for this one case, with
/// prepared commands and 500 runs per transaction. Per run it reads what the runtime reads (the contact, the contact's
/// events), analyses the contact and chooses the language by the same rules, renders with the same
/// <see cref="TemplateLibrary"/>, and writes the same rows (run, journal entries, the low-fit tag, draft with its analysis,
/// run update), without savepoints, a report, or a generic step machine.
/// </summary>
internal sealed class RuntimeLoop(ContactStore store, TemplateLibrary templates, MeProfile me, string version, DateTimeOffset now)
{
    private const int BatchSize = 500;
    private const string Pitch = "a sales pitch or a recruiter gets the short welcome alone";
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(14);

    /// <summary>How the store keeps a draft's analysis.</summary>
    private static readonly JsonSerializerOptions AnalysisJsonOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _nowText = StoreFormat.Instant(now);
    private readonly List<SqliteCommand> _commands = [];
    private long _finding;
    private long _reading;
    private long _rendering;
    private long _writing;
    private long _committing;

    /// <summary>Where the time went, summed over the runs.</summary>
    public LoopSplit Breakdown => new(Span(_finding), Span(_reading), Span(_rendering), Span(_writing), Span(_committing));

    /// <summary>Starts a run for every pending invitation: draft the welcome, wait for it to be sent. Returns the runs started.</summary>
    public int Run(IProgress<BatchProgress> progress)
    {
        var connection = store.Connection;
        var found = Stopwatch.GetTimestamp();
        var pending = new List<(long EventId, long ContactId)>();
        using (var find = connection.CreateCommand())
        {
            find.CommandText = """
                SELECT e.id, e.contact_id FROM events e
                WHERE e.kind = 'invitation.received' AND e.at_ticks >= $p0 AND e.at_ticks <= $p1
                  AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.playbook = 'welcome' AND r.contact_id = e.contact_id AND r.event_id = e.id)
                ORDER BY e.at_ticks, e.id
                """;
            find.Parameters.AddWithValue("$p0", (now - MaxAge).UtcTicks);
            find.Parameters.AddWithValue("$p1", now.UtcTicks);
            using var reader = find.ExecuteReader();
            while (reader.Read())
            {
                pending.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
        }

        _finding = Stopwatch.GetTimestamp() - found;

        var readContact = Command(ContactSql, 1);
        var readEvents = Command(EventsSql, 1);
        var insertRun = Command("""
            INSERT INTO runs (playbook, version, contact_id, event_id, state, step, vars_json, started_at, started_ticks, updated_at)
            VALUES ('welcome', $p0, $p1, $p2, 'running', 'welcome', '{}', $p3, $p4, $p3) RETURNING id
            """, 5);
        var journal = Command(JournalSql, 4);
        var insertDraft = Command(DraftSql, 7);
        var updateRun = Command(UpdateRunSql, 5);
        var tagLowFit = Command("INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES ($p0, $p1)", 2);
        var recordTag = Command($"{DerivedData.TaggedInsert} VALUES ($p0, $p1) {DerivedData.TaggedUpsert}", 2);
        var analyzer = new ProfileAnalyzer(me);
        var started = 0;
        var done = 0;
        SqliteTransaction? tx = null;
        progress.Report(new BatchProgress(0, pending.Count));
        foreach (var (eventId, contactId) in pending)
        {
            if (++done % 100 == 0)
            {
                progress.Report(new BatchProgress(done, pending.Count));
            }

            tx ??= Begin();
            var t0 = Stopwatch.GetTimestamp();
            var contact = ReadContact(readContact, contactId);
            var history = ReadEvents(readEvents, contactId);
            var e = history.Find(h => h.Id == eventId)!;
            var t1 = Stopwatch.GetTimestamp();
            _reading += t1 - t0;
            if (contact.Tags.Contains("do-not-contact") || history.Exists(h => h.Kind == EventKinds.MessageSent && h.At >= e.At))
            {
                continue;
            }

            var conversation = history.FindLast(h => h.Kind is EventKinds.InvitationReceived or EventKinds.MessageReceived or EventKinds.MessageSent
                && !string.IsNullOrWhiteSpace(h.Body)) ?? e;
            var language = LanguageChooser.Choose(conversation, contact, me);
            var analysis = analyzer.Analyse(contact, e, now);
            var draft = templates.RenderDraft("welcome", language.Code, new TemplateModel { Contact = contact, Me = me, Event = e, Analysis = analysis }, "linkedin", ChannelLimits.Default);
            var analysisJson = JsonSerializer.Serialize(analysis, AnalysisJsonOptions);
            var t2 = Stopwatch.GetTimestamp();
            _rendering += t2 - t1;

            var runId = (long)Bind(insertRun, version, contactId, eventId, _nowText, now.UtcTicks).ExecuteScalar()!;
            Bind(journal, runId, null, "started", $"started by invitation.received of {Show(e.At)} (event {eventId}), version {version[..12]}").ExecuteNonQuery();
            Bind(journal, runId, "analyse", "analysed", analysis.Summary()).ExecuteNonQuery();
            if (analysis.IsLowFit)
            {
                Bind(tagLowFit, contactId, "low-fit").ExecuteNonQuery();
                Bind(recordTag, contactId, _nowText).ExecuteNonQuery();
                Bind(journal, runId, "low-fit", "tagged", "tagged low-fit").ExecuteNonQuery();
            }
            else
            {
                Bind(journal, runId, "low-fit", "skipped", "skipped: 'if' is false (analysis.IsLowFit)").ExecuteNonQuery();
            }

            var draftId = (long)Bind(insertDraft, runId, contactId, "welcome", "welcome", draft.Language, draft.Text, analysisJson).ExecuteScalar()!;
            Bind(journal, runId, "welcome", "drafted",
                $"draft {draftId} from '{Path.GetFileName(draft.TemplateFile)}' for linkedin, {draft.Length} of {draft.Limit} characters; language: {language.Reason}").ExecuteNonQuery();
            Bind(updateRun, runId, "waiting", "wait", draftId, _nowText).ExecuteNonQuery();
            Bind(journal, runId, "wait", "waiting", $"waiting for draft {draftId} to be marked sent ('playbook draft sent {draftId}') or discarded").ExecuteNonQuery();
            _writing += Stopwatch.GetTimestamp() - t2;
            started++;
            if (started % BatchSize == 0)
            {
                Commit(tx);
                tx = null;
            }
        }

        if (tx is not null)
        {
            Commit(tx);
        }

        Dispose();
        return started;
    }

    /// <summary>
    /// Wakes every run whose 7-day wait is over: ends those whose contact replied, drafts the nudge for the others and
    /// holds them on it. Returns (runs woken, nudges drafted, runs ended).
    /// </summary>
    public (int Woken, int Nudged, int Ended) Tick(IProgress<BatchProgress> progress)
    {
        var connection = store.Connection;
        var found = Stopwatch.GetTimestamp();
        var due = new List<(long RunId, long ContactId, long? EventId, long WaitFrom)>();
        using (var find = connection.CreateCommand())
        {
            find.CommandText = """
                SELECT r.id, r.contact_id, r.event_id, r.wait_from FROM runs r
                WHERE r.state = 'waiting' AND r.playbook = 'welcome' AND r.step = 'wait' AND r.wake_ticks <= $p0
                ORDER BY r.id
                """;
            find.Parameters.AddWithValue("$p0", now.UtcTicks);
            using var reader = find.ExecuteReader();
            while (reader.Read())
            {
                due.Add((reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetInt64(3)));
            }
        }

        _finding = Stopwatch.GetTimestamp() - found;

        var readContact = Command(ContactSql, 1);
        var readEvents = Command(EventsSql, 1);
        var journal = Command(JournalSql, 4);
        var insertDraft = Command(DraftSql, 7);
        var analyzer = new ProfileAnalyzer(me);
        var updateRun = Command(UpdateRunSql, 5);
        var endRun = Command("UPDATE runs SET state = 'done', step = NULL, wake_at = NULL, wake_ticks = NULL, wait_from = NULL, held_by = NULL, updated_at = $p1 WHERE id = $p0", 2);
        var stopRun = Command("UPDATE runs SET state = 'stopped', step = NULL, wake_at = NULL, wake_ticks = NULL, wait_from = NULL, held_by = NULL, updated_at = $p1, reason = $p2 WHERE id = $p0", 3);
        int woken = 0, nudged = 0, ended = 0;
        SqliteTransaction? tx = null;
        progress.Report(new BatchProgress(0, due.Count));
        foreach (var (runId, contactId, eventId, waitFrom) in due)
        {
            if ((woken + 1) % 100 == 0)
            {
                progress.Report(new BatchProgress(woken + 1, due.Count));
            }

            tx ??= Begin();
            var t0 = Stopwatch.GetTimestamp();
            var history = ReadEvents(readEvents, contactId);
            var from = new DateTimeOffset(waitFrom, TimeSpan.Zero);
            var reply = history.Find(h => h.Kind == EventKinds.MessageReceived && h.Classification != "auto" && h.At > from && h.At <= now);
            if (reply is not null)
            {
                var name = ReadContact(readContact, contactId).FullName;
                var t1 = Stopwatch.GetTimestamp();
                _reading += t1 - t0;
                Bind(journal, runId, "wait", "woke", $"{name} replied on {Show(reply.At)}").ExecuteNonQuery();
                Bind(endRun, runId, _nowText).ExecuteNonQuery();
                Bind(journal, runId, null, "done", "the wait ended it: the run ends here").ExecuteNonQuery();
                _writing += Stopwatch.GetTimestamp() - t1;
                ended++;
            }
            else
            {
                var contact = ReadContact(readContact, contactId);
                var e = history.Find(h => h.Id == eventId);
                var t1 = Stopwatch.GetTimestamp();
                _reading += t1 - t0;
                var analysis = analyzer.Analyse(contact, e, now);
                if (analysis.Intent is NoteIntents.Sales or NoteIntents.Recruiter)
                {
                    // The welcome's 'pitch' step: a sales pitch or a recruiter gets no nudge.
                    Bind(journal, runId, "wait", "woke", "the 7d wait is over").ExecuteNonQuery();
                    Bind(stopRun, runId, _nowText, Pitch).ExecuteNonQuery();
                    Bind(journal, runId, "pitch", "stopped", "stopped: " + Pitch).ExecuteNonQuery();
                    ended++;
                    continue;
                }

                Bind(journal, runId, "wait", "woke", "the 7d wait is over").ExecuteNonQuery();
                Bind(journal, runId, "pitch", "skipped", "skipped: 'if' is false (analysis.Intent == \"sales\" || analysis.Intent == \"recruiter\")").ExecuteNonQuery();
                var conversation = history.FindLast(h => h.Kind is EventKinds.InvitationReceived or EventKinds.MessageReceived or EventKinds.MessageSent
                    && !string.IsNullOrWhiteSpace(h.Body)) ?? e;
                var language = LanguageChooser.Choose(conversation, contact, me);
                var draft = templates.RenderDraft("nudge", language.Code, new TemplateModel { Contact = contact, Me = me, Event = e, Analysis = analysis }, "linkedin", ChannelLimits.Default);
                var analysisJson = JsonSerializer.Serialize(analysis, AnalysisJsonOptions);
                var t2 = Stopwatch.GetTimestamp();
                _rendering += t2 - t1;
                var draftId = (long)Bind(insertDraft, runId, contactId, "welcome", "nudge", draft.Language, draft.Text, analysisJson).ExecuteScalar()!;
                Bind(journal, runId, "nudge", "drafted",
                    $"draft {draftId} from '{Path.GetFileName(draft.TemplateFile)}' for linkedin, {draft.Length} of {draft.Limit} characters; language: {language.Reason}").ExecuteNonQuery();
                Bind(updateRun, runId, "waiting", "call", draftId, _nowText).ExecuteNonQuery();
                Bind(journal, runId, "call", "waiting", $"waiting for draft {draftId} to be marked sent ('playbook draft sent {draftId}') or discarded").ExecuteNonQuery();
                _writing += Stopwatch.GetTimestamp() - t2;
                nudged++;
            }

            if (++woken % BatchSize == 0)
            {
                Commit(tx);
                tx = null;
            }
        }

        if (tx is not null)
        {
            Commit(tx);
        }

        Dispose();
        return (woken, nudged, ended);
    }

    private const string ContactSql =
        "SELECT c.id, c.first_name, c.last_name, c.full_name, c.company, c.position, c.location, c.stage, c.tags_json FROM contacts c WHERE c.id = $p0";

    private const string EventsSql =
        "SELECT e.id, e.kind, e.at_ticks, e.direction, e.body, e.classification FROM events e WHERE e.contact_id = $p0 ORDER BY e.at_ticks, e.id";

    private const string JournalSql = "INSERT INTO journal (run_id, at, step, action, message) VALUES ($p0, $t, $p1, $p2, $p3)";

    private const string DraftSql = """
        INSERT INTO drafts (run_id, contact_id, playbook, step, channel, template, language, body, length_limit, created_at, analysis)
        VALUES ($p0, $p1, $p2, $p3, 'linkedin', $p3, $p4, $p5, 8000, $t, $p6) RETURNING id
        """;

    private const string UpdateRunSql = """
        UPDATE runs SET state = $p1, step = $p2, held_by = $p3, wake_at = NULL, wake_ticks = NULL, wait_from = NULL, updated_at = $p4 WHERE id = $p0
        """;

    private Contact ReadContact(SqliteCommand command, long id)
    {
        Bind(command, id);
        using var r = command.ExecuteReader();
        r.Read();
        var tags = r.GetString(8);
        return new Contact
        {
            Id = r.GetInt64(0),
            FirstName = r.IsDBNull(1) ? null : r.GetString(1),
            LastName = r.IsDBNull(2) ? null : r.GetString(2),
            FullName = r.GetString(3),
            Company = r.IsDBNull(4) ? null : r.GetString(4),
            Position = r.IsDBNull(5) ? null : r.GetString(5),
            Location = r.IsDBNull(6) ? null : r.GetString(6),
            Stage = r.GetString(7),
            Tags = tags == "[]" ? [] : System.Text.Json.JsonSerializer.Deserialize<string[]>(tags) ?? [],
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static List<ContactEvent> ReadEvents(SqliteCommand command, long contactId)
    {
        Bind(command, contactId);
        using var r = command.ExecuteReader();
        var events = new List<ContactEvent>();
        while (r.Read())
        {
            events.Add(new ContactEvent
            {
                Id = r.GetInt64(0),
                Kind = r.GetString(1),
                ContactId = contactId,
                At = new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero),
                Direction = r.IsDBNull(3) ? null : r.GetString(3),
                Body = r.IsDBNull(4) ? null : r.GetString(4),
                Classification = r.IsDBNull(5) ? null : r.GetString(5),
            });
        }

        return events;
    }

    private SqliteCommand Command(string sql, int count)
    {
        var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < count; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        if (sql.Contains("$t", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$t", _nowText);
        }

        _commands.Add(command);
        return command;
    }

    private SqliteTransaction Begin()
    {
        var tx = store.Connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
        foreach (var command in _commands)
        {
            command.Transaction = tx;
        }

        return tx;
    }

    private void Commit(SqliteTransaction tx)
    {
        var t = Stopwatch.GetTimestamp();

        tx.Commit();
        tx.Dispose();
        foreach (var command in _commands)
        {
            command.Transaction = null;
        }

        _committing += Stopwatch.GetTimestamp() - t;
    }

    private void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private static SqliteCommand Bind(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    private static TimeSpan Span(long ticks) => Stopwatch.GetElapsedTime(0, ticks);

    private static string Show(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
