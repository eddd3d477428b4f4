namespace Playbook.Engine.Contacts;

/// <summary>Where a relationship stands, in the order a relationship usually moves.</summary>
public static class Stages
{
    /// <summary>Not written to yet.</summary>
    public const string New = "new";

    /// <summary>The user wrote (a personal reply, a message).</summary>
    public const string Contacted = "contacted";

    /// <summary>The contact answered.</summary>
    public const string Replied = "replied";

    /// <summary>A real conversation: an engaged reply, or messages each way within the conversation window.</summary>
    public const string Conversation = "conversation";

    /// <summary>The two met or had a call.</summary>
    public const string Meeting = "meeting";

    /// <summary>They work together: a client, a collaborator, a job.</summary>
    public const string Collaboration = "collaboration";

    /// <summary>Set aside by the user; the stage moves on by itself no more.</summary>
    public const string Dormant = "dormant";

    /// <summary>Every stage, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [New, Contacted, Replied, Conversation, Meeting, Collaboration, Dormant];

    /// <summary>Whether <paramref name="stage"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string stage) => All.Contains(stage, StringComparer.Ordinal);
}
