using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// An import's phases, for whoever measures it: with <c>PLAYBOOK_IMPORT_TIMES</c> naming a file, each phase's
/// milliseconds since the process started, the process's processor time and the marking thread's so far are added to
/// that file when the import ends. Without it, marking a phase costs a read of one field. A process-wide record, as
/// the process's start is.
/// </summary>
internal static class ImportTimes
{
    private static readonly string? File = Environment.GetEnvironmentVariable("PLAYBOOK_IMPORT_TIMES") is { Length: > 0 } path ? path : null;
    private static readonly ConcurrentQueue<string> Marks = new();
    private static readonly long Start = File is null ? 0 : StartTimestamp();

    /// <summary>Whether phases are being noted.</summary>
    public static bool On => File is not null;

    /// <summary>Notes that <paramref name="phase"/> is done, now.</summary>
    public static void Mark(string phase)
    {
        if (File is not null)
        {
            var since = Stopwatch.GetElapsedTime(Start);
            Marks.Enqueue(string.Create(CultureInfo.InvariantCulture,
                $"{since.TotalMilliseconds,6:0} ms  processor {Environment.CpuUsage.TotalTime.TotalMilliseconds,5:0} ms, this thread {ThreadTime().TotalMilliseconds,5:0} ms  {phase}"));
        }
    }

    /// <summary>Adds the phases noted to the file, and a blank line.</summary>
    public static void Write()
    {
        if (File is not null)
        {
            System.IO.File.AppendAllLines(File, [.. Marks, ""]);
            Marks.Clear();
        }
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp of the process's start, from its age in /proc (Linux; now elsewhere).</summary>
    private static long StartTimestamp()
    {
        var age = Stopwatch.GetTimestamp();
        try
        {
            // /proc/self/stat's 22nd field is the start in clock ticks since boot; /proc/uptime is now since boot.
            var stat = System.IO.File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var startTicks = long.Parse(fields[19], CultureInfo.InvariantCulture);
            var uptime = double.Parse(System.IO.File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);
            var ageSeconds = uptime - (startTicks / 100.0);
            return age - (long)(ageSeconds * Stopwatch.Frequency);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            return age;
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

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
