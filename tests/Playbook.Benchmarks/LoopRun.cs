namespace Playbook.Benchmarks;

/// <summary>
/// One measured run or tick of the hand-written loop: its cost, the runs it moved (of which, in a tick, those nudged
/// and those ended by a reply), where its time went, its progress, and the file it left.
/// </summary>
internal sealed record LoopRun(Cost Cost, int Runs, int Nudged, int Ended, LoopSplit Split, PhaseProbe Probe, string Path);
