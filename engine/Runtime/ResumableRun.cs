namespace Playbook.Engine.Runtime;

/// <summary>
/// An active run as the work queue sees it (the few columns that say whether it has something to do), with what
/// the store says may have happened to it since it was last moved on.
/// </summary>
/// <param name="Id">The run.</param>
/// <param name="Playbook">Its playbook.</param>
/// <param name="Version">The playbook version it follows.</param>
/// <param name="State">Running or waiting.</param>
/// <param name="Step">Its position.</param>
/// <param name="HasWakeTime">Whether it waits until a time (rather than for a draft).</param>
/// <param name="HeldStatus">The status of the draft it waits for, if any.</param>
/// <param name="Due">Whether its wait is over.</param>
/// <param name="Touched">Whether anything was logged with the contact since its wait began.</param>
/// <param name="NegativeReply">The contact's latest negative reply since the run started, if any.</param>
/// <param name="ContactId">The contact it works on.</param>
/// <param name="EventId">The event that started it; null for a schedule's.</param>
internal sealed record ResumableRun(
    long Id, string Playbook, string Version, string State, string? Step, bool HasWakeTime,
    string? HeldStatus, bool Due, bool Touched, long? NegativeReply, long ContactId, long? EventId);
