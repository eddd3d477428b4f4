namespace Playbook.Engine.Runs;

/// <summary>Where a draft stands.</summary>
public static class DraftStatuses
{
    /// <summary>Waiting for the person to review and send it.</summary>
    public const string Pending = "pending";

    /// <summary>Sent by hand and marked so; a <c>message.sent</c> event records it.</summary>
    public const string Sent = "sent";

    /// <summary>Not to be sent.</summary>
    public const string Discarded = "discarded";

    /// <summary>Every status.</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Sent, Discarded];
}
