namespace Playbook.Engine.Runs;

/// <summary>One action a run took, or one thing that happened to it, in the order they happened.</summary>
/// <param name="Id">The entry's id; entries of a run are in id order.</param>
/// <param name="RunId">The run.</param>
/// <param name="At">When (the command's clock).</param>
/// <param name="Step">The step it concerns, or null for the run as a whole.</param>
/// <param name="Action">What kind of entry: one of <see cref="JournalActions"/>.</param>
/// <param name="Message">What happened, in one line.</param>
public sealed record JournalEntry(long Id, long RunId, DateTimeOffset At, string? Step, string Action, string Message);
