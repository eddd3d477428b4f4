using System.Diagnostics;

namespace Playbook.Benchmarks;

/// <summary>Starts measuring when made; <see cref="Stop"/> says what the work since then cost.</summary>
internal sealed class Meter
{
    private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen1 = GC.CollectionCount(1);
    private readonly int _gen2 = GC.CollectionCount(2);
    private readonly TimeSpan _pause = GC.GetTotalPauseDuration();
    private readonly TimeSpan _cpu = ProcessorTime();
    private readonly long _start = Stopwatch.GetTimestamp();

    public Cost Stop()
    {
        var end = Stopwatch.GetTimestamp();
        return new Cost(Stopwatch.GetElapsedTime(_start, end), ProcessorTime() - _cpu, GC.GetTotalAllocatedBytes(precise: true) - _allocated,
            GC.CollectionCount(0) - _gen0, GC.CollectionCount(1) - _gen1, GC.CollectionCount(2) - _gen2, end, GC.GetTotalPauseDuration() - _pause);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
