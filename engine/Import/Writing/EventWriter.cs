using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Adds imported events inside one import transaction. Each event carries a source key built from what
/// identifies it in its export, so importing the same export again adds nothing twice.
/// </summary>
internal sealed class EventWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly ReplyClassifier _replies;

    /// <summary>A writer that classifies received messages with <paramref name="replies"/> as it adds them.</summary>
    public EventWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, ReplyClassifier replies)
    {
        _replies = replies;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = """
            INSERT OR IGNORE INTO events (contact_id, kind, at, at_ticks, channel, direction, body, conversation_id, source, source_hash, created_at, classification, classification_reason,
                                          follow_up_on, referral)
            VALUES ($contact, $kind, $at, $ticks, $channel, $direction, $body, $conversation, $key, $hash, $now, $label, $reason, $followUpOn, $referral)
            """;
        foreach (var name in new[] { "$contact", "$kind", "$at", "$ticks", "$channel", "$direction", "$body", "$conversation", "$key", "$hash", "$now", "$label", "$reason", "$followUpOn", "$referral" })
        {
            _insert.Parameters.Add(new SqliteParameter(name, null));
        }

        _insert.Parameters["$now"].Value = StoreFormat.Instant(now);
        _insert.Prepare();
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
        ReplyClassification? classified = null)
    {
        var p = _insert.Parameters;
        p[0].Value = contactId;
        p[1].Value = kind;
        p[2].Value = StoreFormat.Instant(at);
        p[3].Value = at.UtcTicks;
        p[4].Value = (object?)channel ?? DBNull.Value;
        p[5].Value = (object?)direction ?? DBNull.Value;
        p[6].Value = (object?)body ?? DBNull.Value;
        p[7].Value = (object?)conversationId ?? DBNull.Value;
        p[8].Value = sourceKey;
        p[9].Value = SourceKey.Hash(sourceKey);
        classified = kind == EventKinds.MessageReceived ? classified ?? _replies.Classify(body, at) : null;
        p[11].Value = (object?)classified?.Label ?? DBNull.Value;
        p[12].Value = classified is null ? DBNull.Value : string.Join("; ", classified.Cues);
        p[13].Value = (object?)StoreFormat.Date(classified?.FollowUpOn) ?? DBNull.Value;
        p[14].Value = (object?)classified?.Referral ?? DBNull.Value;
        var added = _insert.ExecuteNonQuery() > 0;
        if (added && kind is EventKinds.MessageSent or EventKinds.MessageReceived or EventKinds.Meeting or EventKinds.Collaboration)
        {
            Touched.Add(contactId);
        }

        return added;
    }

    public void Dispose() => _insert.Dispose();
}
