using Playbook.Engine.Runs;

namespace Playbook.Engine.Runtime.Why;

/// <summary>Where one run of a contact stands: its step, state and wake time, and the draft it waits on.</summary>
/// <param name="Run">The run.</param>
/// <param name="WaitsOn">The pending draft that holds it, if any.</param>
/// <param name="Reason">In a sentence: what it waits for, or how it ended.</param>
public sealed record RunStanding(Run Run, Draft? WaitsOn, string Reason);
