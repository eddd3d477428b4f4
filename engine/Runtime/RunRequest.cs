namespace Playbook.Engine.Runtime;

/// <summary>What <see cref="PlaybookRuntime.Run"/> is asked to do.</summary>
public sealed record RunRequest
{
    /// <summary>Everything: every enabled playbook, for real.</summary>
    public static RunRequest All { get; } = new();

    /// <summary>The playbooks to run, by name; empty for every enabled playbook.</summary>
    public IReadOnlyList<string> Playbooks { get; init; } = [];

    /// <summary>
    /// Run on a copy of the store in memory, never writing the file (so a read-only store can be tried too), carrying
    /// each run on as if its drafts were sent and its waits passed without a reply. A dry run that names
    /// <see cref="Playbooks"/> also previews their schedules that are due at the clock (which only a tick starts for real).
    /// </summary>
    public bool DryRun { get; init; }

    /// <summary>Only these contacts' pending events and runs (a preview over a few people); null for everyone.</summary>
    public IReadOnlySet<long>? Contacts { get; init; }

    /// <summary>
    /// Only the runs these events started and these events if still pending (a preview of one invitation); null for
    /// every event. With <see cref="Contacts"/> too, what either names.
    /// </summary>
    public IReadOnlySet<long>? Events { get; init; }
}
