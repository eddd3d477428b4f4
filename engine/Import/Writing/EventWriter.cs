using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Prepared;
using Playbook.Engine.Store.StagePass;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Adds imported events inside one import transaction. Each event carries a source key built from what
/// identifies it in its export, so importing the same export again adds nothing twice.
/// </summary>
internal sealed class EventWriter : IDisposable
{
    private readonly PreparedStatement _insert;
    private readonly string?[] _bound = new string?[15];
    private readonly ReplyClassifier _replies;
    private readonly bool _keepKeyText;
    private readonly SqliteConnection _connection;
    private readonly StageEvents? _stages;

    /// <summary>A writer that classifies received messages with <paramref name="replies"/> as it adds them.</summary>
    /// <param name="connection">The store's connection.</param>
    /// <param name="transaction">The import's transaction (the file's), open on <paramref name="connection"/>.</param>
    /// <param name="now">The time the events are recorded at.</param>
    /// <param name="replies">How received messages are classified.</param>
    /// <param name="keepKeyText">
    /// Whether each event keeps its source key's text in <c>source</c> beside its hash. An importer that never reads
    /// its keys back (only their hashes keep an event from being added twice) leaves the text out: it is most of an
    /// imported message's row after its body, and a narrower row is less for the store to write.
    /// </param>
    /// <param name="stages">Where the events of the kinds that move a stage are kept as they are written, if anywhere.</param>
    public EventWriter(
        SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, ReplyClassifier replies, bool keepKeyText = true, StageEvents? stages = null)
    {
        _connection = connection;
        _stages = stages;
        _replies = replies;
        _keepKeyText = keepKeyText;

        // The statement runs in the transaction open on the connection: the file's.
        ArgumentNullException.ThrowIfNull(transaction);
        _insert = PreparedStatement.InOrder(connection, """
            INSERT OR IGNORE INTO events (contact_id, kind, at, at_ticks, channel, direction, body, conversation_id, source, source_hash, created_at, classification, classification_reason,
                                          follow_up_on, referral)
            VALUES ($contact, $kind, $at, $ticks, $channel, $direction, $body, $conversation, $key, $hash, $now, $label, $reason, $followUpOn, $referral)
            """);

        // The time the events are recorded at is the same for all of them: bound once, kept by SQLite from run to run.
        _insert.Bind(10, StoreFormat.Instant(now));
    }

    /// <summary>The contacts that got a message, a meeting or a collaboration from this writer: their stage may move.</summary>
    public HashSet<long> Touched { get; } = [];

    /// <summary>How received messages are classified.</summary>
    public ReplyClassifier Replies => _replies;

    /// <summary>
    /// Adds the event unless one with the same source key is stored; true when it was added. A received message is
    /// classified here unless <paramref name="classified"/> says how it reads already.
    /// </summary>
    public bool Add(
        long contactId, string kind, DateTimeOffset at, string? channel, string? direction, string? body, string? conversationId, string sourceKey,
        ReplyClassification? classified = null) =>
        Add(contactId, kind, at, channel, direction, body, conversationId, _keepKeyText ? sourceKey : "", SourceKey.Hash(sourceKey), classified);

    /// <summary>
    /// As <see cref="Add(long, string, DateTimeOffset, string?, string?, string?, string?, string, ReplyClassification?)"/>,
    /// for a writer that keeps no key's text (<c>keepKeyText</c> false), with the key's hash (<see cref="SourceKey.Hash(ReadOnlySpan{byte})"/>).
    /// </summary>
    public bool Add(
        long contactId, string kind, DateTimeOffset at, string? channel, string? direction, string? body, string? conversationId, long sourceHash,
        ReplyClassification? classified)
    {
        if (_keepKeyText)
        {
            throw new InvalidOperationException("this writer keeps each event's key as text: add the event with its key");
        }

        return Add(contactId, kind, at, channel, direction, body, conversationId, "", sourceHash, classified);
    }

    private bool Add(
        long contactId, string kind, DateTimeOffset at, string? channel, string? direction, string? body, string? conversationId, string keyText, long sourceHash,
        ReplyClassification? classified)
    {
        _insert.Bind(0, contactId);
        Text(1, kind);
        Text(2, StoreFormat.Instant(at));
        _insert.Bind(3, at.UtcTicks);
        Text(4, channel);
        Text(5, direction);
        Text(6, body);
        Text(7, conversationId);
        Text(8, keyText);
        _insert.Bind(9, sourceHash);
        classified = kind == EventKinds.MessageReceived ? classified ?? _replies.Classify(body, at) : null;
        Text(11, classified?.Label);
        Text(12, classified is null ? null : string.Join("; ", classified.Cues));
        Text(13, StoreFormat.Date(classified?.FollowUpOn));
        Text(14, classified?.Referral);
        var added = _insert.Execute() > 0;
        if (added && kind is EventKinds.MessageSent or EventKinds.MessageReceived or EventKinds.Meeting or EventKinds.Collaboration)
        {
            Touched.Add(contactId);
            _stages?.Add(contactId, SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle), kind, at.UtcTicks, classified?.Label);
        }

        return added;
    }

    public void Dispose() => _insert.Dispose();

    /// <summary>
    /// Binds a text unless the very same string is bound there already: SQLite keeps a statement's values from one run to
    /// the next, and several of an event's texts (its kind, channel and direction, the empty source, its label) are the
    /// same strings row after row, which SQLite would otherwise copy again for each.
    /// </summary>
    private void Text(int slot, string? value)
    {
        if (value is not null && ReferenceEquals(_bound[slot], value))
        {
            return;
        }

        _insert.Bind(slot, value);
        _bound[slot] = value;
    }
}
