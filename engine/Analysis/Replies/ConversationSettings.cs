namespace Playbook.Engine.Analysis.Replies;

/// <summary>When a thread counts as a real conversation besides an engaged reply: messages each way within a window.</summary>
/// <param name="MessagesEachWay">How many messages each way (sent and received, not automatic).</param>
/// <param name="Window">Within how long.</param>
public sealed record ConversationSettings(int MessagesEachWay, TimeSpan Window)
{
    /// <summary>Two messages each way within 30 days.</summary>
    public static ConversationSettings Default { get; } = new(2, TimeSpan.FromDays(30));
}
