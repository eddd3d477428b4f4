using Playbook.Engine.Events;

namespace Playbook.Engine.Runtime.Why;

/// <summary>Whether a playbook started a run on one event (or one schedule period) of a contact, and if not, exactly why.</summary>
/// <param name="Playbook">The playbook; null with <see cref="WhyOutcomes.NoPlaybook"/>.</param>
/// <param name="Event">The event; null for a schedule.</param>
/// <param name="Outcome">One of <see cref="WhyOutcomes"/>.</param>
/// <param name="Reason">The same in a sentence, with the numbers that decided it (the event's age, the condition, the run).</param>
public sealed record WhyVerdict(string? Playbook, ContactEvent? Event, string Outcome, string Reason)
{
    /// <summary>The run it started, for <see cref="WhyOutcomes.Started"/> and <see cref="WhyOutcomes.Covered"/>.</summary>
    public long? RunId { get; init; }

    /// <summary>The event's age at the clock, for an event.</summary>
    public TimeSpan? Age { get; init; }

    /// <summary>The condition that decided (<c>when</c>), for <see cref="WhyOutcomes.When"/> and <see cref="WhyOutcomes.WhenFailed"/>.</summary>
    public string? Condition { get; init; }

    /// <summary>The values the condition read, for <see cref="WhyOutcomes.When"/>.</summary>
    public IReadOnlyList<ConditionReading> Readings { get; init; } = [];
}
