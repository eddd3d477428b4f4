namespace Playbook.Engine.Analysis.Replies;

/// <summary>What a received message is, for the funnel and the playbooks (an event's <c>classification</c>).</summary>
public static class ReplyLabels
{
    /// <summary>Asks a question, proposes a call, a time or a meeting, shares contact details, or answers at substance.</summary>
    public const string Engaged = "engaged";

    /// <summary>A polite deferral or thanks only.</summary>
    public const string BrushOff = "brush-off";

    /// <summary>Not interested, or asks to stop.</summary>
    public const string Negative = "negative";

    /// <summary>Out of office, automatic, sponsored or system messages.</summary>
    public const string Auto = "auto";

    /// <summary>No rule decides.</summary>
    public const string Unknown = "unknown";

    /// <summary>The labels, in the order the rules decide them; then <see cref="Unknown"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [Auto, Negative, Engaged, BrushOff, Unknown];
}
