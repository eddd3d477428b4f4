using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis.Replies;

namespace Playbook.Engine.Store.StagePass;

/// <summary>
/// Where many contacts stand (see <see cref="StageProgress"/>), from one read of the store's messages, meetings and
/// collaborations in file order. The aggregate by contact that says the same in SQL sorts every row first, and the
/// windows of the contacts with enough messages each way need their messages read again: here one scan gives both,
/// counted and kept per contact as it goes.
/// </summary>
internal static class StageScan
{
    /// <summary>
    /// The stage each contact of <paramref name="wanted"/> (null: every contact) reaches beyond the one it holds, in
    /// <paramref name="transaction"/>; a meeting counts once its time is not after <paramref name="nowTicks"/>.
    /// </summary>
    public static List<(long Id, string Stage)> Moves(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlySet<long>? wanted, long nowTicks, ConversationSettings settings) =>
        Moves(connection, transaction, wanted, nowTicks, settings, known: null);

    /// <summary>
    /// As <see cref="Moves(SqliteConnection, SqliteTransaction, IReadOnlySet{long}?, long, ConversationSettings)"/>, with
    /// the events gathered by contact already in <paramref name="known"/> (from every event of these kinds in the store)
    /// rather than read from the table when it is given.
    /// </summary>
    public static List<(long Id, string Stage)> Moves(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlySet<long>? wanted, long nowTicks, ConversationSettings settings,
        IReadOnlyDictionary<long, StageHistory>? known)
    {
        var held = new Dictionary<long, string>();
        using (var contacts = connection.CreateCommand())
        {
            contacts.Transaction = transaction;
            contacts.CommandText = "SELECT id, stage FROM contacts WHERE stage IN ('new', 'contacted', 'replied', 'conversation', 'meeting')";
            using var reader = contacts.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (wanted is null || wanted.Contains(id))
                {
                    held[id] = reader.GetString(1);
                }
            }
        }

        if (held.Count == 0)
        {
            return [];
        }

        var histories = known ?? Read(connection, transaction, held);
        var moves = new List<(long Id, string Stage)>();
        foreach (var (id, stage) in held)
        {
            if (histories.TryGetValue(id, out var history) && history.Next(stage, settings, nowTicks) is { } next)
            {
                moves.Add((id, next));
            }
        }

        return moves;
    }

    /// <summary>The messages, meetings and collaborations of the contacts of <paramref name="held"/>, read in one pass over the table.</summary>
    private static Dictionary<long, StageHistory> Read(SqliteConnection connection, SqliteTransaction transaction, Dictionary<long, string> held)
    {
        var histories = new Dictionary<long, StageHistory>();
        using var events = connection.CreateCommand();
        events.Transaction = transaction;
        // The kinds and the labels the stages read come back as small numbers; any other label is read as text.
        events.CommandText = """
            SELECT e.id, e.contact_id,
                   CASE e.kind WHEN 'message.sent' THEN 0 WHEN 'message.received' THEN 1 WHEN 'meeting' THEN 2 ELSE 3 END,
                   e.at_ticks,
                   CASE WHEN e.classification IS NULL THEN 0 WHEN e.classification = 'auto' THEN 1 WHEN e.classification = 'brush-off' THEN 2
                        WHEN e.classification = 'negative' THEN 3 WHEN e.classification = 'engaged' THEN 4 ELSE 5 END,
                   e.classification
            FROM events e NOT INDEXED
            WHERE e.kind IN ('message.sent', 'message.received', 'meeting', 'collaboration')
            """;
        using var reader = events.ExecuteReader();
        while (reader.Read())
        {
            var contactId = reader.GetInt64(1);
            if (!held.ContainsKey(contactId))
            {
                continue;
            }

            if (!histories.TryGetValue(contactId, out var history))
            {
                history = new StageHistory(contactId);
                histories.Add(contactId, history);
            }

            var kind = (byte)reader.GetInt64(2);
            var label = (byte)reader.GetInt64(4);
            history.Add(new StageRow(reader.GetInt64(0), kind, reader.GetInt64(3), label, label == StageRow.Other ? reader.GetString(5) : null));
        }

        return histories;
    }
}
