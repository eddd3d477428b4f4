using Playbook.Engine.Store;

namespace Playbook.Engine.Stats;

/// <summary>
/// The funnel of a set of invitations. Each step counts the people who got at least that far: a meeting is also a
/// real conversation, a real conversation also an answer. Brush-offs and negative replies are answers that went no
/// further (a brush-off is never a conversation).
/// </summary>
public sealed record FunnelCounts
{
    /// <summary>Contacts who invited the user (their first invitation counts).</summary>
    public int Invitations { get; init; }

    /// <summary>Personal replies sent: the first <c>message.sent</c> to a contact after their invitation.</summary>
    public int PersonalReplies { get; init; }

    /// <summary>Personal replies that got an answer (a received message that is not automatic).</summary>
    public int Answered { get; init; }

    /// <summary>Answers that were a polite brush-off and nothing more.</summary>
    public int BrushOffs { get; init; }

    /// <summary>Answers that were negative.</summary>
    public int Negative { get; init; }

    /// <summary>Threads that became a real conversation.</summary>
    public int Conversations { get; init; }

    /// <summary>Threads that led to a meeting (or a collaboration).</summary>
    public int Meetings { get; init; }

    /// <summary>Threads that led to a collaboration.</summary>
    public int Collaborations { get; init; }

    /// <summary>The median time from the personal reply to the first answer; null when nobody answered.</summary>
    public TimeSpan? MedianTimeToFirstReply { get; init; }

    /// <summary>Personal replies out of invitations.</summary>
    public Proportion ReplyRate => new(PersonalReplies, Invitations);

    /// <summary>Answers out of personal replies.</summary>
    public Proportion AnswerRate => new(Answered, PersonalReplies);

    /// <summary>Brush-offs of personal replies.</summary>
    public Proportion BrushOffRate => new(BrushOffs, PersonalReplies);

    /// <summary>Negative answers of personal replies.</summary>
    public Proportion NegativeRate => new(Negative, PersonalReplies);

    /// <summary>Real conversations out of personal replies: the practice's number, set beside <see cref="Funnel.Baseline"/>.</summary>
    public Proportion ConversationRate => new(Conversations, PersonalReplies);

    /// <summary>Meetings of personal replies.</summary>
    public Proportion MeetingRate => new(Meetings, PersonalReplies);

    /// <summary>Collaborations of personal replies.</summary>
    public Proportion CollaborationRate => new(Collaborations, PersonalReplies);

    /// <summary>Counts <paramref name="outcomes"/>.</summary>
    public static FunnelCounts Of(IReadOnlyCollection<InvitationOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var waits = outcomes
            .Where(o => o.RepliedAt is not null && o.AnsweredAt is not null)
            .Select(o => o.AnsweredAt!.Value - o.RepliedAt!.Value)
            .Order()
            .ToList();
        return new FunnelCounts
        {
            Invitations = outcomes.Count,
            PersonalReplies = outcomes.Count(o => o.RepliedAt is not null),
            Answered = outcomes.Count(o => o.AnsweredAt is not null),
            BrushOffs = outcomes.Count(o => o.BrushOff),
            Negative = outcomes.Count(o => o.Negative),
            Conversations = outcomes.Count(o => o.Conversation),
            Meetings = outcomes.Count(o => o.Meeting),
            Collaborations = outcomes.Count(o => o.Collaboration),
            MedianTimeToFirstReply = Median(waits),
        };
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => sorted[(n / 2) - 1] + ((sorted[n / 2] - sorted[(n / 2) - 1]) / 2),
    };
}
