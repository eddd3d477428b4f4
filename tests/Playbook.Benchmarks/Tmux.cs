using System.Diagnostics;

namespace Playbook.Benchmarks;

/// <summary>A real terminal for the desk's process figures: tmux, started detached and read back with capture-pane.</summary>
internal static class Tmux
{
    public static bool Available => Run("-V") is not null;

    /// <summary>Starts <paramref name="command"/> in a new 140×40 tmux session; returns the milliseconds until the screen shows <paramref name="text"/>.</summary>
    public static double TimeToScreen(string command, string text)
    {
        var session = $"playbook-bench-{Environment.ProcessId}";
        Run("kill-session", "-t", session);
        var wall = Stopwatch.StartNew();
        Run("new-session", "-d", "-s", session, "-x", "140", "-y", "40", command + "; sleep 30");
        try
        {
            while (wall.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (Run("capture-pane", "-p", "-t", session)?.Contains(text, StringComparison.Ordinal) == true)
                {
                    return wall.Elapsed.TotalMilliseconds;
                }

                Thread.Sleep(5);
            }

            return double.NaN;
        }
        finally
        {
            Run("send-keys", "-t", session, "C-q");
            Thread.Sleep(300);
            Run("kill-session", "-t", session);
        }
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
