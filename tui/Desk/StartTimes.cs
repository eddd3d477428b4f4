using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Playbook.Tui.Desk;

/// <summary>
/// The desk's start-up, phase by phase, for whoever measures it: with <c>PLAYBOOK_START_TIMES</c> naming a file, each
/// phase's milliseconds since <c>Main</c> (and the thread it ran on) are added to that file when the desk closes. Without it, marking a phase costs a read of one field. A process-wide record, as the process's start is.
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
            Marks.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{since.TotalMilliseconds,6:0} ms  thread {Environment.CurrentManagedThreadId,2}  {phase}"));
        }
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
