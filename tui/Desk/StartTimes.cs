using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Playbook.Tui.Desk;

/// <summary>
/// The desk's start-up, phase by phase, for whoever measures it: with <c>PLAYBOOK_START_TIMES</c> naming a file, each
/// phase's milliseconds since <c>Main</c>, the process's processor time and the marking thread's so far (and the thread it ran on) are added to that file when the desk closes. Without it, marking a phase costs a read of one field. A process-wide record, as the process's start is.
/// </summary>
internal static class StartTimes
{
    private static readonly string? File = Environment.GetEnvironmentVariable("PLAYBOOK_START_TIMES") is { Length: > 0 } path ? path : null;
    private static readonly ConcurrentQueue<string> Marks = new();
    private static readonly long Main = Stopwatch.GetTimestamp();

    /// <summary>Notes that <paramref name="phase"/> is done, now.</summary>
    public static void Mark(string phase)
    {
        if (File is not null)
        {
            var since = Stopwatch.GetElapsedTime(Main);
            var process = Environment.CpuUsage.TotalTime;
            Marks.Enqueue(string.Create(CultureInfo.InvariantCulture,
                $"{since.TotalMilliseconds,6:0} ms  processor {process.TotalMilliseconds,5:0} ms, this thread {ThreadTime().TotalMilliseconds,5:0} ms  thread {Environment.CurrentManagedThreadId,2}  {phase}"));
        }
    }

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

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>Adds the phases noted to the file, and a blank line.</summary>
    public static void Write()
    {
        if (File is not null)
        {
            System.IO.File.AppendAllLines(File, [.. Marks, ""]);
        }
    }
}
