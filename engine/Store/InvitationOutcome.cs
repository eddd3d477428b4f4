namespace Playbook.Engine.Store;

/// <summary>
/// How far one invitation got: the contact's first <c>invitation.received</c>, the personal reply (the first
/// <c>message.sent</c> after it), and what came after that reply. One per contact who ever invited the user.
/// </summary>
public sealed record InvitationOutcome
{
    /// <summary>The contact who invited the user.</summary>
    public required long ContactId { get; init; }

    /// <summary>When the invitation came.</summary>
    public required DateTimeOffset InvitedAt { get; init; }

    /// <summary>When the personal reply was sent; null when there was none.</summary>
    public DateTimeOffset? RepliedAt { get; init; }

    /// <summary>The personal reply's channel, else the invitation's.</summary>
    public required string Channel { get; init; }

    /// <summary>The first reply after the personal reply (a received message that is not automatic).</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>A brush-off came back (and nothing that makes a conversation).</summary>
    public bool BrushOff { get; init; }

    /// <summary>A negative reply came back.</summary>
    public bool Negative { get; init; }

    /// <summary>The thread became a real conversation: an engaged reply, enough messages each way within the window, or a meeting or collaboration.</summary>
    public bool Conversation { get; init; }

    /// <summary>A meeting (or a collaboration) followed.</summary>
    public bool Meeting { get; init; }

    /// <summary>A collaboration followed.</summary>
    public bool Collaboration { get; init; }

    /// <summary>
    /// The playbook the personal reply's draft came from, else the one whose run the invitation started;
    /// null when the user did it all by hand (<c>manual</c>).
    /// </summary>
    public string? Playbook { get; init; }

    /// <summary>The content version of that playbook's run.</summary>
    public string? Version { get; init; }

    /// <summary>The draft's variant (an A/B test's template); null when its step had none.</summary>
    public string? Variant { get; init; }
}
