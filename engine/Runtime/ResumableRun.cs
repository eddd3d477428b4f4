namespace Playbook.Engine.Runtime;

/// <summary>An active run, with what the store says may have happened to it since it was last moved on.</summary>
/// <param name="Run">The run.</param>
/// <param name="HeldStatus">The status of the draft it waits for, if any.</param>
/// <param name="Due">Whether its wait is over.</param>
/// <param name="Touched">Whether anything was logged with the contact since its wait began.</param>
/// <param name="NegativeReply">The contact's latest negative reply since the run started, if any.</param>
internal sealed record ResumableRun(Run Run, string? HeldStatus, bool Due, bool Touched, long? NegativeReply);
