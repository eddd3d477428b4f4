using Playbook.Engine.Runs;

namespace Playbook.Tui.Cli;

/// <summary>A run as <c>runs --json</c> prints it: the contract's fields, then what it waits for, when, and why it ended.</summary>
internal sealed record RunJson(
    long Id,
    string Playbook,
    string Version,
    long ContactId,
    long? EventId,
    string State,
    string? Step,
    DateTimeOffset? WakeAt,
    long? HeldBy,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    string? Reason)
{
    public static RunJson From(Run r) =>
        new(r.Id, r.Playbook, r.Version, r.ContactId, r.EventId, r.State, r.Step, r.WakeAt, r.HeldBy, r.StartedAt, r.UpdatedAt, r.Reason);
}
