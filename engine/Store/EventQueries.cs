using System.Data;
using System.Globalization;
using Dapper;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Store.StagePass;

namespace Playbook.Engine.Store;

/// <summary>The event log: read it, and log an event by hand.</summary>
public sealed class EventQueries
{
    private const string SelectList =
        "e.id, e.kind, e.contact_id, e.at, e.channel, e.direction, e.body, e.classification, e.conversation_id, e.classification_reason, e.follow_up_on, e.referral";

    private readonly ContactStore _store;

    internal EventQueries(ContactStore store) => _store = store;

    /// <summary>Events, oldest first, optionally of one contact and of one kind.</summary>
    public IReadOnlyList<ContactEvent> List(long? contactId = null, string? kind = null, int? limit = null) =>
        List(contactId, kind, limit, transaction: null);

    /// <summary>As the public <c>List</c>, inside <paramref name="transaction"/> (a batch run's).</summary>
    internal IReadOnlyList<ContactEvent> List(long? contactId, string? kind, int? limit, IDbTransaction? transaction) =>
        _store.Connection.Query<EventRow>(
            $"""
            SELECT {SelectList} FROM events e
            {new Filter().And(contactId is not null, "e.contact_id = @contactId").And(kind is not null, "e.kind = @kind")}
            ORDER BY e.at_ticks, e.id
            LIMIT @limit
            """,
            new { contactId, kind, limit = limit ?? -1 }, transaction).Select(r => r.ToEvent()).ToList();

    /// <summary>
    /// Replies waiting for an answer: for each contact whose latest message since <paramref name="since"/> is one they
    /// sent (not automatic, not negative), that message; newest first.
    /// </summary>
    public IReadOnlyList<ContactEvent> Unanswered(DateTimeOffset since, int? limit = null) =>
        _store.Connection.Query<EventRow>(
            $"""
            SELECT {SelectList} FROM events e
            JOIN (SELECT contact_id, id, max(at_ticks) AS last_ticks FROM events
                  WHERE kind IN ('message.sent', 'message.received') AND at_ticks >= @since
                  GROUP BY contact_id) latest ON latest.id = e.id
            WHERE e.kind = 'message.received' AND coalesce(e.classification, '') NOT IN ('auto', 'negative')
            ORDER BY e.at_ticks DESC, e.id DESC
            LIMIT @limit
            """,
            new { since = since.UtcTicks, limit = limit ?? -1 }).Select(r => r.ToEvent()).ToList();

    /// <summary>
    /// Replies that asked for something: for each contact whose latest message received since <paramref name="since"/>
    /// gives a day to write again that is not before <paramref name="today"/> (an out-of-office's return, "write me in
    /// January") or names a person to write to, that message, unless a task it asked for is already done; newest first.
    /// </summary>
    public IReadOnlyList<ContactEvent> AskedFor(DateTimeOffset since, DateOnly today, int? limit = null) =>
        _store.Connection.Query<EventRow>(
            $"""
            SELECT {SelectList} FROM events e
            WHERE e.kind = 'message.received' AND e.at_ticks >= @since
              AND (e.follow_up_on >= @today OR e.referral IS NOT NULL)
              AND e.id = (SELECT l.id FROM events l
                          WHERE l.contact_id = e.contact_id AND l.kind = 'message.received'
                          ORDER BY l.at_ticks DESC, l.id DESC LIMIT 1)
              AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.event_id = e.id AND t.done = 1)
            ORDER BY e.at_ticks DESC, e.id DESC
            LIMIT @limit
            """,
            new { since = since.UtcTicks, today = StoreFormat.Date(today), limit = limit ?? -1 }).Select(r => r.ToEvent()).ToList();

    /// <summary>
    /// Classifies every received message again with the store's <see cref="ContactStore.Replies"/> (after the rules
    /// changed), in one transaction; returns how many there are by label and how many changed label.
    /// </summary>
    public (IReadOnlyDictionary<string, int> ByLabel, int Changed) Reclassify()
    {
        var replies = _store.Replies; // read the rules first: a broken rules file is reported even with nothing to classify
        var byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var changed = 0;
        _store.InTransaction(tx =>
        {
            var rows = _store.Connection.Query<(long Id, string? Body, string? Label, string At)>(
                "SELECT id, body, classification, at FROM events WHERE kind = @kind", new { kind = EventKinds.MessageReceived }, tx).ToList();
            using var update = _store.Connection.CreateCommand();
            update.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)tx;
            update.CommandText =
                "UPDATE events SET classification = $label, classification_reason = $reason, follow_up_on = $followUpOn, referral = $referral WHERE id = $id";
            var label = update.Parameters.Add("$label", Microsoft.Data.Sqlite.SqliteType.Text);
            var reason = update.Parameters.Add("$reason", Microsoft.Data.Sqlite.SqliteType.Text);
            var followUpOn = update.Parameters.Add("$followUpOn", Microsoft.Data.Sqlite.SqliteType.Text);
            var referral = update.Parameters.Add("$referral", Microsoft.Data.Sqlite.SqliteType.Text);
            var id = update.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
            foreach (var row in rows)
            {
                var result = replies.Classify(row.Body, StoreFormat.ParseInstant(row.At));
                byLabel[result.Label] = byLabel.GetValueOrDefault(result.Label) + 1;
                changed += result.Label == row.Label ? 0 : 1;
                label.Value = result.Label;
                reason.Value = string.Join("; ", result.Cues);
                followUpOn.Value = (object?)StoreFormat.Date(result.FollowUpOn) ?? DBNull.Value;
                referral.Value = (object?)result.Referral ?? DBNull.Value;
                id.Value = row.Id;
                update.ExecuteNonQuery();
            }

            return 0;
        });
        AdvanceStages();
        return (byLabel, changed);
    }

    /// <summary>Above this many contacts, <see cref="AdvanceStages(IReadOnlyCollection{long}?)"/> reads the whole table once (<see cref="StageScan"/>) rather than each contact's rows.</summary>
    private const int ManyContacts = 2_000;

    /// <summary>
    /// Moves every contact to the stage their history reaches (see <see cref="StageProgress"/>), in one transaction;
    /// never backwards. Returns how many moved.
    /// </summary>
    public int AdvanceStages(long? contactId = null) =>
        AdvanceStages(contactId is { } one ? [one] : null);

    /// <summary>As <see cref="AdvanceStages(long?)"/>, for <paramref name="contactIds"/> only (null: every contact).</summary>
    public int AdvanceStages(IReadOnlyCollection<long>? contactIds) =>
        contactIds is { Count: 0 } ? 0 : _store.InTransaction(tx => AdvanceStages(contactIds, tx));

    /// <summary>
    /// As <see cref="AdvanceStages(IReadOnlyCollection{long}?)"/>, for an import that kept the events it wrote of the kinds
    /// that move a stage (<paramref name="known"/>): when they are still every such event of the store, they are read
    /// from memory rather than from the table.
    /// </summary>
    internal int AdvanceStages(IReadOnlyCollection<long> contactIds, StageEvents? known) =>
        contactIds.Count == 0 ? 0 : _store.InTransaction(tx => known is not null && known.AreWhole(_store.Connection, tx)
            ? Move(StageScan.Moves(_store.Connection, tx, contactIds as IReadOnlySet<long> ?? contactIds.ToHashSet(),
                _store.Clock.GetUtcNow().UtcTicks, _store.Conversations, known.Histories()), tx)
            : AdvanceStages(contactIds, tx));

    /// <summary>As <see cref="AdvanceStages(IReadOnlyCollection{long}?)"/>, inside <paramref name="transaction"/>.</summary>
    internal int AdvanceStages(IReadOnlyCollection<long>? contactIds, Microsoft.Data.Sqlite.SqliteTransaction transaction)
    {
        if (contactIds is { Count: 0 })
        {
            return 0;
        }

        // A few contacts (an event logged, a small import) are read through the index by contact; many, or all, in one
        // pass over the table, which reads it in file order: through the index by kind or contact the same reads jump
        // across the whole file for every row, several times slower.
        var moves = contactIds is { Count: <= ManyContacts }
            ? FewMoves(contactIds, transaction)
            : StageScan.Moves(_store.Connection, transaction, contactIds is null ? null : contactIds as IReadOnlySet<long> ?? contactIds.ToHashSet(),
                _store.Clock.GetUtcNow().UtcTicks, _store.Conversations);
        return Move(moves, transaction);
    }

    /// <summary>Moves each contact of <paramref name="moves"/> to its stage; how many moved.</summary>
    private int Move(List<(long Id, string Stage)> moves, Microsoft.Data.Sqlite.SqliteTransaction transaction)
    {
        // One statement per stage reached, for all the contacts that reach it.
        var now = _store.NowText();
        foreach (var group in moves.GroupBy(m => m.Stage, StringComparer.Ordinal))
        {
            _store.Connection.Execute(
                "UPDATE contacts SET stage = @stage, updated_at = @now WHERE id IN (SELECT value FROM json_each(@ids))",
                new { stage = group.Key, now, ids = StoreFormat.IdArray(group.Select(m => m.Id)) },
                transaction);
        }

        return moves.Count;
    }

    /// <summary>Where each of a few contacts stands, read through the index by contact.</summary>
    private List<(long Id, string Stage)> FewMoves(IReadOnlyCollection<long> contactIds, Microsoft.Data.Sqlite.SqliteTransaction tx)
    {
        // One aggregate over the contacts' messages, meetings and collaborations says where most stand; only those with
        // enough messages each way, and no engaged reply, need their history read for the window.
        var candidates = _store.Connection.Query<StageFacts>(
            """
            SELECT c.id AS Id, c.stage AS Stage, f.Sent, f.Replied, f.Engaged, f.Meeting, f.Collaboration, f.SentCount, f.ReceivedCount
            FROM (
                SELECT e.contact_id AS ContactId,
                       max(e.kind = 'message.sent') AS Sent,
                       max(e.kind = 'message.received' AND coalesce(e.classification, '') <> 'auto') AS Replied,
                       max(e.kind = 'message.received' AND e.classification = 'engaged') AS Engaged,
                       max(e.kind = 'meeting' AND e.at_ticks <= @now) AS Meeting,
                       max(e.kind = 'collaboration') AS Collaboration,
                       sum(e.kind = 'message.sent') AS SentCount,
                       sum(e.kind = 'message.received' AND coalesce(e.classification, '') NOT IN ('auto', 'brush-off', 'negative')) AS ReceivedCount
                FROM events e
                WHERE e.contact_id IN (SELECT value FROM json_each(@ids))
                      AND e.kind IN ('message.sent', 'message.received', 'meeting', 'collaboration')
                GROUP BY e.contact_id) f
            JOIN contacts c ON c.id = f.ContactId
            WHERE c.stage IN ('new', 'contacted', 'replied', 'conversation', 'meeting')
            """,
            new { ids = StoreFormat.IdArray(contactIds), now = _store.Clock.GetUtcNow().UtcTicks }, tx).ToList();
        var each = _store.Conversations.MessagesEachWay;
        var windowed = candidates
            .Where(f => f is { Engaged: false, Meeting: false, Collaboration: false } && f.SentCount >= each && f.ReceivedCount >= each
                && StageProgress.Next(f.Stage, Stages.Conversation) is not null)
            .Select(f => f.Id)
            .ToHashSet();
        var histories = MessageHistories(windowed, tx);
        var moves = new List<(long Id, string Stage)>();
        foreach (var facts in candidates)
        {
            var next = windowed.Contains(facts.Id)
                ? StageProgress.Next(facts.Stage, histories[facts.Id], _store.Conversations)
                : StageProgress.Next(facts.Stage, facts.Reached());
            if (next is not null)
            {
                moves.Add((facts.Id, next));
            }
        }

        return moves;
    }

    /// <summary>
    /// Moves to <c>meeting</c> every contact with a planned meeting (one recorded before its time) whose time has come
    /// at <paramref name="now"/> and a stage below it, in one statement: a planned meeting counts only once it has
    /// taken place, at the first import, <c>run</c> or <c>tick</c> after it. A meeting recorded after its time moved the
    /// stage when it was recorded, so a stage set back by hand stays. Returns how many moved.
    /// </summary>
    internal static int MeetingsHeld(IDbConnection connection, IDbTransaction transaction, DateTimeOffset now) =>
        connection.Execute(
            """
            UPDATE contacts SET stage = 'meeting', updated_at = @at
            WHERE stage IN ('new', 'contacted', 'replied', 'conversation')
              AND id IN (SELECT e.contact_id FROM events e WHERE e.kind = 'meeting' AND e.at_ticks <= @now AND e.created_at < e.at)
            """,
            new { now = now.UtcTicks, at = StoreFormat.Instant(now) }, transaction);

    /// <summary>
    /// The messages of <paramref name="contactIds"/>, oldest first, with only what the conversation window reads (kind,
    /// time, classification): one query for them all, not one per contact.
    /// </summary>
    private Dictionary<long, List<ContactEvent>> MessageHistories(HashSet<long> contactIds, Microsoft.Data.Sqlite.SqliteTransaction tx)
    {
        var histories = contactIds.ToDictionary(id => id, _ => new List<ContactEvent>());
        if (contactIds.Count == 0)
        {
            return histories;
        }

        using var command = _store.Connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            SELECT e.id, e.contact_id, e.kind, e.at_ticks, e.classification FROM events e
            WHERE e.contact_id IN (SELECT value FROM json_each($ids)) AND e.kind IN ('message.sent', 'message.received')
            """;
        command.Parameters.AddWithValue("$ids", StoreFormat.IdArray(contactIds));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (histories.TryGetValue(reader.GetInt64(1), out var history))
            {
                history.Add(new ContactEvent
                {
                    Id = reader.GetInt64(0),
                    ContactId = reader.GetInt64(1),
                    Kind = reader.GetString(2),
                    At = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                    Classification = reader.IsDBNull(4) ? null : reader.GetString(4),
                });
            }
        }

        foreach (var history in histories.Values)
        {
            history.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Id.CompareTo(b.Id));
        }

        return histories;
    }

    /// <summary>How many events the store holds.</summary>
    public long Count() => _store.Connection.ExecuteScalar<long>("SELECT count(*) FROM events");

    /// <summary>Every event, oldest first, read as it is enumerated (memory does not grow with the store).</summary>
    public IEnumerable<ContactEvent> All() =>
        RuntimeRows.Stream(_store.Connection, $"SELECT {RuntimeRows.EventColumns} FROM events e ORDER BY e.at_ticks, e.id", RuntimeRows.Event);

    /// <summary>Logs an event by hand; its direction follows from its kind.</summary>
    /// <exception cref="ArgumentException">The kind cannot be logged by hand.</exception>
    public ContactEvent Add(long contactId, string kind, DateTimeOffset? at = null, string? body = null, string? channel = null)
    {
        if (!EventKinds.Loggable.Contains(kind, StringComparer.Ordinal))
        {
            throw new ArgumentException($"unknown event kind '{kind}'; use one of {string.Join(", ", EventKinds.Loggable)}", nameof(kind));
        }

        var when = (at ?? _store.Clock.GetUtcNow()).ToUniversalTime();
        var id = _store.InTransaction(tx =>
        {
            if (_store.Connection.ExecuteScalar<long>("SELECT count(*) FROM contacts WHERE id = @contactId", new { contactId }, tx) == 0)
            {
                throw new NotFoundException("contact", contactId.ToString(CultureInfo.InvariantCulture));
            }

            var sourceKey = $"manual:{contactId}:{kind}:{StoreFormat.Instant(when)}:{Guid.NewGuid():N}";
            var classified = kind == EventKinds.MessageReceived ? _store.Replies.Classify(body, when) : null;
            return _store.Connection.ExecuteScalar<long>(
                """
                INSERT INTO events (contact_id, kind, at, at_ticks, channel, direction, body, source, source_hash, created_at, classification,
                                    classification_reason, follow_up_on, referral)
                VALUES (@contactId, @kind, @at, @ticks, @channel, @direction, @body, @sourceKey, @sourceHash, @now, @label, @reason, @followUpOn, @referral)
                RETURNING id
                """,
                new
                {
                    contactId,
                    kind,
                    at = StoreFormat.Instant(when),
                    ticks = when.UtcTicks,
                    channel,
                    direction = EventKinds.DirectionOf(kind),
                    body,
                    sourceKey,
                    sourceHash = SourceKey.Hash(sourceKey),
                    now = _store.NowText(),
                    label = classified?.Label,
                    reason = classified is null ? null : string.Join("; ", classified.Cues),
                    followUpOn = StoreFormat.Date(classified?.FollowUpOn),
                    referral = classified?.Referral,
                },
                tx);
        });

        AdvanceStages(contactId);
        return Get(id);
    }

    /// <summary>The event with <paramref name="id"/>.</summary>
    /// <exception cref="NotFoundException">No such event.</exception>
    public ContactEvent Get(long id) =>
        _store.Connection.QuerySingleOrDefault<EventRow>($"SELECT {SelectList} FROM events e WHERE e.id = @id", new { id })?.ToEvent()
        ?? throw new NotFoundException("event", id.ToString(CultureInfo.InvariantCulture));

    private sealed class EventRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = "";
        public long ContactId { get; set; }
        public string At { get; set; } = "";
        public string? Channel { get; set; }
        public string? Direction { get; set; }
        public string? Body { get; set; }
        public string? Classification { get; set; }
        public string? ConversationId { get; set; }

        public string? ClassificationReason { get; set; }

        public string? FollowUpOn { get; set; }

        public string? Referral { get; set; }

        public ContactEvent ToEvent() => new()
        {
            Id = Id,
            Kind = Kind,
            ContactId = ContactId,
            At = StoreFormat.ParseInstant(At),
            Channel = Channel,
            Direction = Direction,
            Body = Body,
            Classification = Classification,
            ConversationId = ConversationId,
            ClassificationReason = ClassificationReason,
            FollowUpOn = StoreFormat.ParseDate(FollowUpOn),
            Referral = Referral,
        };
    }
}
