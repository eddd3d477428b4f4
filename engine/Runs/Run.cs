namespace Playbook.Engine.Runs;

/// <summary>One playbook working on one contact for one triggering event: where it is, and in what state.</summary>
public sealed record Run
{
    /// <summary>The run's id.</summary>
    public required long Id { get; init; }

    /// <summary>The playbook's name.</summary>
    public required string Playbook { get; init; }

    /// <summary>The version of the playbook the run follows (its file's SHA-256).</summary>
    public required string Version { get; init; }

    /// <summary>The contact it works on.</summary>
    public required long ContactId { get; init; }

    /// <summary>The event that started it; null for a run started without one.</summary>
    public long? EventId { get; init; }

    /// <summary>One of <see cref="RunStates"/>.</summary>
    public required string State { get; init; }

    /// <summary>The id of the step the run takes next (or waits at); null once it has ended.</summary>
    public string? Step { get; init; }

    /// <summary>When a waiting run's wait is over; null when it waits for a draft, or does not wait.</summary>
    public DateTimeOffset? WakeAt { get; init; }

    /// <summary>The draft the run waits for (to be marked sent or discarded), or null.</summary>
    public long? HeldBy { get; init; }

    /// <summary>When the wait the run is in started counting, or null.</summary>
    public DateTimeOffset? WaitFrom { get; init; }

    /// <summary>Values its <c>set</c> steps stored.</summary>
    public IReadOnlyDictionary<string, object?> Vars { get; init; } = new Dictionary<string, object?>();

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Why it ended, when it was stopped or failed.</summary>
    public string? Reason { get; init; }
}
