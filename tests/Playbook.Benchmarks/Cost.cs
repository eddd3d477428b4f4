namespace Playbook.Benchmarks;

/// <summary>
/// What a measured piece of work cost: wall time, processor time of the whole process (every thread: the work, the GC,
/// the JIT; less sensitive than wall time to other processes on a busy machine), managed bytes allocated, and garbage
/// collections by generation, and the time the collections paused the process. <see cref="End"/> is the <see cref="System.Diagnostics.Stopwatch"/> timestamp it ended at.
/// </summary>
internal readonly record struct Cost(TimeSpan Elapsed, TimeSpan Cpu, long Allocated, int Gen0, int Gen1, int Gen2, long End, TimeSpan GcPause = default)
{
    public double AllocatedMegabytes => Allocated / 1024.0 / 1024.0;

    public string Collections => $"GC {Gen0}/{Gen1}/{Gen2} (paused {GcPause.TotalMilliseconds:N0} ms)";
}
