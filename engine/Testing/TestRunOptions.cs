using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Testing;

/// <summary>What a test's store and runtime take from the user's settings, so that a test sees what <c>run</c> would.</summary>
public sealed record TestRunOptions
{
    /// <summary>How received messages are classified (the user's reply rules), or null for the built-in rules.</summary>
    public Func<ReplyClassifier>? Replies { get; init; }

    /// <summary>When a thread is a conversation (config.yaml), or null for the defaults.</summary>
    public Func<ConversationSettings>? Conversations { get; init; }

    /// <summary>The channels' length limits drafts are measured against.</summary>
    public ChannelLimits Limits { get; init; } = ChannelLimits.Default;
}
