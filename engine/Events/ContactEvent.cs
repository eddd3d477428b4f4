namespace Playbook.Engine.Events;

/// <summary>Something that happened with a contact: an invitation, a message, a meeting, a note.</summary>
public sealed record ContactEvent
{
    /// <summary>The store's id of the event.</summary>
    public required long Id { get; init; }

    /// <summary>One of <see cref="EventKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The contact it happened with.</summary>
    public required long ContactId { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Where it happened: <c>linkedin</c>, <c>email</c>, <c>in-person</c>, ...</summary>
    public string? Channel { get; init; }

    /// <summary><c>in</c>, <c>out</c>, or null for events with no direction.</summary>
    public string? Direction { get; init; }

    /// <summary>The text of a message or note, or an invitation's note; null when there is none.</summary>
    public string? Body { get; init; }

    /// <summary>How a received message was classified, once it has been.</summary>
    public string? Classification { get; init; }

    /// <summary>The conversation (thread) the event belongs to, when the source names one.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The cues that decided <see cref="Classification"/>, as one line, or null.</summary>
    public string? ClassificationReason { get; init; }

    /// <summary>
    /// For a received message, the day it asks to be written to again: an out-of-office's return, or the day a "later"
    /// reply names ("write me in January"); null when it names none.
    /// </summary>
    public DateOnly? FollowUpOn { get; init; }

    /// <summary>
    /// For a received message, the person it sends the practice to ("talk to Marta Vidal"), with an email in angle
    /// brackets when one is given; empty when it refers to someone without a name ("talk to my colleague"); null when
    /// it refers to nobody.
    /// </summary>
    public string? Referral { get; init; }
}
