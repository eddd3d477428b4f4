using Playbook.Engine.Contacts;

namespace Playbook.Engine.Store.StagePass;

/// <summary>What one aggregate row says of a contact's history.</summary>
internal sealed class StageFacts
{
    public long Id { get; set; }

    public string Stage { get; set; } = "";

    public bool Sent { get; set; }

    public bool Replied { get; set; }

    public bool Engaged { get; set; }

    public bool Meeting { get; set; }

    public bool Collaboration { get; set; }

    public long SentCount { get; set; }

    public long ReceivedCount { get; set; }

    /// <summary>The stage these facts reach, when no window needs checking.</summary>
    public string Reached() => this switch
    {
        { Collaboration: true } => Stages.Collaboration,
        { Meeting: true } => Stages.Meeting,
        { Engaged: true } => Stages.Conversation,
        { Replied: true } => Stages.Replied,
        { Sent: true } => Stages.Contacted,
        _ => Stages.New,
    };
}
