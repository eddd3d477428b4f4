using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>A row of messages.csv read and understood, ready for the store: the events to add, or why not.</summary>
internal sealed record ParsedMessage(
    ParsedMessage.Kind Outcome,
    long Line,
    string? Reason,
    DateTimeOffset At,
    string? Body,
    string? ConversationId,
    IReadOnlyList<(ContactFacts Person, long SourceHash)> People)
{
    /// <summary>How a received message reads, worked out by the thread that reads ahead or the store's; null for the others.</summary>
    public SharedClassification? Classifying { get; init; }

    /// <summary>How a received message reads (worked out now if neither thread has yet); null for the others.</summary>
    public Analysis.Replies.ReplyClassification? Classification => Classifying?.Value;

    /// <summary>Where in the file the reading was when this row was read, for the progress of a file read ahead; null when the stream cannot say.</summary>
    public long? Offset { get; set; }

    public enum Kind
    {
        Sent,
        Received,
        Skip,
        Ignore,
    }

    public static ParsedMessage Skipped(long line, string reason) => new(Kind.Skip, line, reason, default, null, null, []);

    public static ParsedMessage Ignored(string reason) => new(Kind.Ignore, 0, reason, default, null, null, []);
}
