using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

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
    /// the events read from <paramref name="known"/> (every event of these kinds in the store, in id order) rather than
    /// from the table when it is given.
    /// </summary>
    public static List<(long Id, string Stage)> Moves(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlySet<long>? wanted, long nowTicks, ConversationSettings settings,
        IReadOnlyList<(long ContactId, StageRow Row)>? known)
    {
        var histories = new Dictionary<long, History>();
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
                    histories[id] = new History(id, reader.GetString(1));
                }
            }
        }

        if (histories.Count == 0)
        {
            return [];
        }

        if (known is not null)
        {
            foreach (var (contactId, row) in known)
            {
                if (histories.TryGetValue(contactId, out var history))
                {
                    history.Add(row, nowTicks);
                }
            }
        }
        else
        {
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
                if (!histories.TryGetValue(reader.GetInt64(1), out var history))
                {
                    continue;
                }

                var kind = (byte)reader.GetInt64(2);
                var label = (byte)reader.GetInt64(4);
                history.Add(new StageRow(reader.GetInt64(0), kind, reader.GetInt64(3), label, label == StageRow.Other ? reader.GetString(5) : null), nowTicks);
            }
        }

        var moves = new List<(long Id, string Stage)>();
        foreach (var (id, history) in histories)
        {
            if (history.Next(settings) is { } next)
            {
                moves.Add((id, next));
            }
        }

        return moves;
    }

    /// <summary>What the scan found of one contact: the facts the stages read, and its messages for the window.</summary>
    private sealed class History(long contactId, string stage)
    {
        private readonly List<StageRow> _messages = [];
        private bool _any;
        private bool _sent;
        private bool _replied;
        private bool _engaged;
        private bool _meeting;
        private bool _collaboration;
        private int _sentCount;
        private int _receivedCount;

        public void Add(StageRow row, long nowTicks)
        {
            _any = true;
            switch (row.Kind)
            {
                case StageRow.Sent:
                    _sent = true;
                    _sentCount++;
                    _messages.Add(row);
                    break;
                case StageRow.Received:
                    _replied |= row.Label != StageRow.Auto;
                    _engaged |= row.Label == StageRow.Engaged;
                    _receivedCount += row.Label is StageRow.Auto or StageRow.BrushOff or StageRow.Negative ? 0 : 1;
                    _messages.Add(row);
                    break;
                case StageRow.Meeting:
                    _meeting |= row.AtTicks <= nowTicks;
                    break;
                default: // a collaboration
                    _collaboration = true;
                    break;
            }
        }

        /// <summary>The stage reached beyond the one held, or null (also when no event of these kinds names the contact).</summary>
        public string? Next(ConversationSettings settings)
        {
            if (!_any)
            {
                return null;
            }

            // Only a contact with enough messages each way, and nothing else that makes it a conversation or more, needs
            // its window read, by the same rule as a single contact's history.
            var windowed = !_engaged && !_meeting && !_collaboration
                && _sentCount >= settings.MessagesEachWay && _receivedCount >= settings.MessagesEachWay
                && StageProgress.Next(stage, Stages.Conversation) is not null;
            return windowed ? StageProgress.Next(stage, MessageHistory(), settings) : StageProgress.Next(stage, Reached());
        }

        private string Reached() => this switch
        {
            { _collaboration: true } => Stages.Collaboration,
            { _meeting: true } => Stages.Meeting,
            { _engaged: true } => Stages.Conversation,
            { _replied: true } => Stages.Replied,
            { _sent: true } => Stages.Contacted,
            _ => Stages.New,
        };

        private List<ContactEvent> MessageHistory()
        {
            _messages.Sort((a, b) => a.AtTicks != b.AtTicks ? a.AtTicks.CompareTo(b.AtTicks) : a.Id.CompareTo(b.Id));
            return _messages.ConvertAll(m => new ContactEvent
            {
                Id = m.Id,
                ContactId = contactId,
                Kind = m.Kind == StageRow.Sent ? EventKinds.MessageSent : EventKinds.MessageReceived,
                At = new DateTimeOffset(m.AtTicks, TimeSpan.Zero),
                Classification = m.Label switch
                {
                    StageRow.Unlabelled => null,
                    StageRow.Auto => ReplyLabels.Auto,
                    StageRow.BrushOff => ReplyLabels.BrushOff,
                    StageRow.Negative => ReplyLabels.Negative,
                    StageRow.Engaged => ReplyLabels.Engaged,
                    _ => m.OtherLabel,
                },
            });
        }
    }
}
