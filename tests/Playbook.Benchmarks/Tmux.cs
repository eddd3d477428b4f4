using System.Diagnostics;

namespace Playbook.Benchmarks;

/// <summary>
/// A real terminal for the desk's process figures: a tmux session started detached, keys sent with send-keys and the
/// screen read back with capture-pane (every few milliseconds, so a figure includes up to one poll).
/// </summary>
internal sealed class Tmux : IDisposable
{
    private readonly string _name = $"playbook-bench-{Environment.ProcessId}";
    private readonly Stopwatch _clock = new();

    private Tmux(string command)
    {
        Run("kill-session", "-t", _name);
        _clock.Start();
        Run("new-session", "-d", "-s", _name, "-x", "140", "-y", "40", command + "; sleep 60");
    }

    public static bool Available => Run("-V") is not null;

    /// <summary>Starts <paramref name="command"/> in a new 140×40 session; the clock starts with it.</summary>
    public static Tmux Start(string command) => new(command);

    /// <summary>Sends <paramref name="keys"/> (tmux key names) and restarts the clock.</summary>
    public void Send(params string[] keys)
    {
        _clock.Restart();
        Run(["send-keys", "-t", _name, .. keys]);
    }

    /// <summary>The milliseconds from the start or the last keys sent until the screen shows each of <paramref name="texts"/>; NaN after a minute.</summary>
    public double WaitFor(params string[] texts)
    {
        while (_clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (Run("capture-pane", "-p", "-t", _name) is { } screen && texts.All(text => screen.Contains(text, StringComparison.Ordinal)))
            {
                return _clock.Elapsed.TotalMilliseconds;
            }

            Thread.Sleep(2);
        }

        return double.NaN;
    }

    /// <summary>
    /// The processor time (user and system) the processes in the session have used so far, from /proc, in ticks of
    /// 10 ms: beside a wall time on a busy machine, the figure other work on the machine does not stretch.
    /// </summary>
    public TimeSpan ProcessorTime()
    {
        if (Run("list-panes", "-t", _name, "-F", "#{pane_pid}") is not { } pane || !int.TryParse(pane.Trim(), out var root))
        {
            return TimeSpan.Zero;
        }

        var parents = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(folder), out var pid))
                {
                    // pid (comm) state ppid ... utime stime: the fields after the command's closing parenthesis.
                    var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    parents[pid] = (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture),
                        long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
        }

        bool InSession(int pid)
        {
            for (var hops = 0; hops < 16 && parents.TryGetValue(pid, out var p); hops++, pid = p.Parent)
            {
                if (pid == root)
                {
                    return true;
                }
            }

            return false;
        }

        return TimeSpan.FromMilliseconds(10 * parents.Where(p => InSession(p.Key)).Sum(p => p.Value.Ticks));
    }

    public void Dispose()
    {
        Run("send-keys", "-t", _name, "C-q");
        Thread.Sleep(300);
        Run("kill-session", "-t", _name);
    }

    private static string? Run(params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
