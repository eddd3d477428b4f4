using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Playbook.Benchmarks;

/// <summary>
/// The <c>playbook</c> executable built beside the benchmarks (they reference the tui project, so a Release build of
/// the benchmarks is a Release build of it), run as a child process and watched for its peak memory.
/// </summary>
internal static class PlaybookExecutable
{
    private static string AppHost => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "playbook.exe" : "playbook");

    /// <summary>How the executable is started, for the printout.</summary>
    public static string Describe() => File.Exists(AppHost)
        ? $"apphost {AppHost}"
        : $"dotnet {Path.Combine(AppContext.BaseDirectory, "playbook.dll")}";

    /// <summary>A shell command line that runs <c>playbook ARGUMENTS</c> (or <paramref name="appHost"/>: another build of it) with <paramref name="environment"/> set (for tmux).</summary>
    public static string Command(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? appHost = null)
    {
        var program = appHost is not null ? Quote(appHost)
            : File.Exists(AppHost) ? Quote(AppHost) : "dotnet " + Quote(Path.Combine(AppContext.BaseDirectory, "playbook.dll"));
        return string.Join(' ', environment.Select(e => $"{e.Key}={Quote(e.Value)}")) + " " + program + " " + string.Join(' ', arguments.Select(Quote));
    }

    /// <summary>
    /// Publishes the executable with ReadyToRun (as docs/install.md installs it) into <paramref name="work"/>, once;
    /// returns its apphost, or null (and says why) when that fails.
    /// </summary>
    public static string? PublishReadyToRun(string work) => Publish(work, Path.Combine("tui", "Playbook.Tui.csproj"), "playbook");

    /// <summary>
    /// Publishes the project at <paramref name="project"/> (relative to the repository) for this platform, with ReadyToRun
    /// as its project file asks, into a folder of <paramref name="work"/>, once; returns the apphost named
    /// <paramref name="name"/>, or null (and says why) when that fails.
    /// </summary>
    public static string? Publish(string work, string project, string name)
    {
        var output = Path.Combine(work, name == "playbook" ? "r2r" : "r2r-" + name);
        var appHost = Path.Combine(output, name);
        if (File.Exists(appHost))
        {
            return appHost;
        }

        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", project));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", path, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "-v", "q" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(appHost))
        {
            Console.WriteLine($"  (no ReadyToRun publish of {project}: {(stdout.Result + stderr.Result).Trim().Split('\n').LastOrDefault()})");
            return null;
        }

        return appHost;
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Runs <c>playbook ARGUMENTS</c> to its end, with <paramref name="environment"/> laid over this process's;
    /// <paramref name="appHost"/> runs another build of it (a ReadyToRun publish, say) instead of the one beside the benchmarks.
    /// </summary>
    public static ProcessResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? appHost = null)
    {
        var start = appHost is not null ? new ProcessStartInfo(appHost)
            : File.Exists(AppHost)
            ? new ProcessStartInfo(AppHost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "playbook.dll") } };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var output = new StringBuilder();
        var error = new StringBuilder();
        var children = ChildTimes.Now();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        var main = TimeSpan.Zero;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, PeakOf(process.Id));
            var seen = ProcessorTimeOf(process.Id);
            cpu = seen > cpu ? seen : cpu;
            var first = ProcessorTimeOf(process.Id, $"/proc/{process.Id}/task/{process.Id}/stat");
            main = first > main ? first : main;
        }

        stopwatch.Stop();
        process.WaitForExit(); // lets the asynchronous readers finish
        var reaped = ChildTimes.Now() - children;
        cpu = reaped > cpu ? reaped : cpu;
        lock (output)
        {
            lock (error)
            {
                return new ProcessResult(stopwatch.Elapsed, cpu, peak, process.ExitCode, output.ToString(), error.ToString()) { MainThreadCpu = main };
            }
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    // VmHWM is the resident set's high-water mark; read it while the process lives.
    private static long PeakOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    // utime and stime, fields 14 and 15 of /proc/PID/stat (or of one thread's, /proc/PID/task/TID/stat), in clock ticks
    // (100 a second on Linux); the name before them may hold spaces.
    private static TimeSpan ProcessorTimeOf(int pid, string? path = null)
    {
        try
        {
            var stat = File.ReadAllText(path ?? $"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}
