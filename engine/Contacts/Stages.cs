namespace Playbook.Engine.Contacts;

/// <summary>Where a relationship stands, in the order a relationship usually moves.</summary>
public static class Stages
{
    public const string New = "new";
    public const string Contacted = "contacted";
    public const string Replied = "replied";
    public const string Conversation = "conversation";
    public const string Meeting = "meeting";
    public const string Collaboration = "collaboration";
    public const string Dormant = "dormant";

    /// <summary>Every stage, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [New, Contacted, Replied, Conversation, Meeting, Collaboration, Dormant];

    /// <summary>Whether <paramref name="stage"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string stage) => All.Contains(stage, StringComparer.Ordinal);
}
