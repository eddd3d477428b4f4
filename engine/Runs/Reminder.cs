namespace Playbook.Engine.Runs;

/// <summary>A task for the person, due at a time: "Propose a call to Ana".</summary>
public sealed record Reminder
{
    /// <summary>The task's id.</summary>
    public required long Id { get; init; }

    /// <summary>The contact it is about.</summary>
    public required long ContactId { get; init; }

    /// <summary>The run that created it, or null.</summary>
    public long? RunId { get; init; }

    /// <summary>The playbook of that run, or null.</summary>
    public string? Playbook { get; init; }

    /// <summary>What to do.</summary>
    public required string Text { get; init; }

    /// <summary>When it is due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Whether it was done.</summary>
    public bool Done { get; init; }

    /// <summary>When it was done.</summary>
    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The event that asked for it (a reply that said "write me in January"), or null.</summary>
    public long? EventId { get; init; }

    /// <summary>Another contact the task is about (the person a reply referred to, when already a contact), or null.</summary>
    public long? LinkedContactId { get; init; }
}
