using Playbook.Engine.Events;

namespace Playbook.Tui.Cli;

/// <summary>An event as the command-line contract prints it.</summary>
internal sealed record EventJson(
    long Id,
    string Kind,
    long ContactId,
    DateTimeOffset At,
    string? Channel,
    string? Direction,
    string? Body,
    string? Classification,
    string? ConversationId,
    string? ClassificationReason,
    DateOnly? FollowUpOn,
    string? Referral)
{
    public static EventJson From(ContactEvent e) =>
        new(e.Id, e.Kind, e.ContactId, e.At, e.Channel, e.Direction, e.Body, e.Classification, e.ConversationId, e.ClassificationReason, e.FollowUpOn, e.Referral);
}
