using System.Runtime.InteropServices;

namespace Playbook.Benchmarks;

/// <summary>
/// The processor time of this process's children that have ended (getrusage of RUSAGE_CHILDREN, Linux): the
/// difference across one child's run is that child's whole processor time, to the microsecond, which sampling
/// /proc while it lives misses for a process of a tenth of a second. And the calling thread's own (RUSAGE_THREAD): a
/// pass's thread, apart from the threads that work beside it.
/// </summary>
internal static class ChildTimes
{
    private const int RusageChildren = -1;
    private const int RusageThread = 1;

    /// <summary>User and system time of the children reaped so far; zero where getrusage is not there.</summary>
    public static TimeSpan Now() => Of(RusageChildren);

    /// <summary>User and system time of the calling thread so far; zero where getrusage is not there.</summary>
    public static TimeSpan ThisThread() => Of(RusageThread);

    private static TimeSpan Of(int who)
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }

        var usage = new Rusage();
        return GetRusage(who, ref usage) != 0
            ? TimeSpan.Zero
            : TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, ref Rusage usage);

    // struct rusage on 64-bit Linux: two timevals (seconds, microseconds), then fourteen longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResident;
        public long Rest0, Rest1, Rest2, Rest3, Rest4, Rest5, Rest6, Rest7, Rest8, Rest9, Rest10, Rest11, Rest12, Rest13;
    }
}
