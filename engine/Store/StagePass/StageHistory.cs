using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Engine.Store.StagePass;

/// <summary>
/// What the stage pass keeps of one contact's messages, meetings and collaborations, added one at a time in any order:
/// the facts the stages read, and the messages for the window. It holds nothing of the stage the contact is at or of the
/// clock, so it can be gathered before either is known, on any thread (one at a time).
/// </summary>
internal sealed class StageHistory(long contactId)
{
    private readonly List<StageRow> _messages = [];
    private bool _any;
    private bool _sent;
    private bool _replied;
    private bool _engaged;
    private long _firstMeetingTicks = long.MaxValue;
    private bool _collaboration;
    private int _sentCount;
    private int _receivedCount;

    /// <summary>Adds one of the contact's events.</summary>
    public void Add(StageRow row)
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
                _firstMeetingTicks = Math.Min(_firstMeetingTicks, row.AtTicks);
                break;
            default: // a collaboration
                _collaboration = true;
                break;
        }
    }

    /// <summary>
    /// The stage reached beyond <paramref name="stage"/>, the one held, or null (also when no event was added); a meeting
    /// counts once its time is not after <paramref name="nowTicks"/>.
    /// </summary>
    public string? Next(string stage, ConversationSettings settings, long nowTicks)
    {
        if (!_any)
        {
            return null;
        }

        var meeting = _firstMeetingTicks <= nowTicks;

        // Only a contact with enough messages each way, and nothing else that makes it a conversation or more, needs
        // its window read, by the same rule as a single contact's history.
        var windowed = !_engaged && !meeting && !_collaboration
            && _sentCount >= settings.MessagesEachWay && _receivedCount >= settings.MessagesEachWay
            && StageProgress.Next(stage, Stages.Conversation) is not null;
        return windowed ? StageProgress.Next(stage, MessageHistory(), settings) : StageProgress.Next(stage, Reached(meeting));
    }

    private string Reached(bool meeting) => this switch
    {
        { _collaboration: true } => Stages.Collaboration,
        _ when meeting => Stages.Meeting,
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
