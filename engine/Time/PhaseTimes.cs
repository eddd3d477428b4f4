using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Playbook.Engine.Time;

/// <summary>
/// A process's phases, for whoever measures it: with an environment variable naming a file, each phase's milliseconds
/// since the start, the process's processor time and the marking thread's so far (and the thread it ran on) are added
/// to that file by <see cref="Write"/>. Without it, marking a phase costs a read of one field. Thread-safe.
/// </summary>
public sealed class PhaseTimes
{
    private readonly string? _file;
    private readonly long _start;
    private readonly ConcurrentQueue<string> _marks = new();

    private PhaseTimes(string? file, long start) => (_file, _start) = (file, start);

    /// <summary>Phases noted into the file <paramref name="variable"/> names (none when it names none), timed from now.</summary>
    public static PhaseTimes FromNow(string variable) => new(FileIn(variable), Stopwatch.GetTimestamp());

    /// <summary>Phases noted into the file <paramref name="variable"/> names (none when it names none), timed from the process's start.</summary>
    public static PhaseTimes FromProcessStart(string variable) => FileIn(variable) is { } file ? new(file, ProcessStart()) : new(null, 0);

    /// <summary>Notes that <paramref name="phase"/> is done, now.</summary>
    public void Mark(string phase)
    {
        if (_file is not null)
        {
            var since = Stopwatch.GetElapsedTime(_start);
            _marks.Enqueue(string.Create(CultureInfo.InvariantCulture,
                $"{since.TotalMilliseconds,6:0} ms  processor {Environment.CpuUsage.TotalTime.TotalMilliseconds,5:0} ms, this thread {ThreadTime().TotalMilliseconds,5:0} ms  thread {Environment.CurrentManagedThreadId,2}  {Runtime()}  {phase}"));
        }
    }

    /// <summary>Adds the phases noted since the last write to the file, and a blank line.</summary>
    public void Write()
    {
        if (_file is not null)
        {
            var lines = new List<string>();
            while (_marks.TryDequeue(out var line))
            {
                lines.Add(line);
            }

            File.AppendAllLines(_file, [.. lines, ""]);
        }
    }

    private static string? FileIn(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path ? path : null;

    /// <summary>The <see cref="Stopwatch"/> timestamp of the process's start, from its age in /proc (Linux; now elsewhere).</summary>
    private static long ProcessStart()
    {
        var now = Stopwatch.GetTimestamp();
        try
        {
            // /proc/self/stat's 22nd field is the start in clock ticks since boot; /proc/uptime is now since boot.
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var startTicks = long.Parse(fields[19], CultureInfo.InvariantCulture);
            var uptime = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);
            var ageSeconds = uptime - (startTicks / 100.0);
            return now - (long)(ageSeconds * Stopwatch.Frequency);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            return now;
        }
    }

    /// <summary>
    /// What the runtime did so far: collections of each generation, the time every thread was paused for them, the
    /// time spent compiling methods to machine code (on any thread) and how many, and the bytes allocated.
    /// </summary>
    private static string Runtime() => string.Create(CultureInfo.InvariantCulture,
        $"gc {GC.CollectionCount(0),3}/{GC.CollectionCount(1),2}/{GC.CollectionCount(2),2} paused {GC.GetTotalPauseDuration().TotalMilliseconds,4:0} ms, jit {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,4:0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount(),5} methods), allocated {GC.GetTotalAllocatedBytes() / 1_000_000,5} MB");

    /// <summary>The processor time of the calling thread so far (Linux; zero elsewhere).</summary>
    private static TimeSpan ThreadTime()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }

        // CLOCK_THREAD_CPUTIME_ID
        return ClockGetTime(3, out var time) == 0 ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100)) : TimeSpan.Zero;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
