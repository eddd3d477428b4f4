using System.Globalization;

namespace Playbook.Benchmarks;

/// <summary>
/// What the <c>playbook</c> processes did, by round: start-up alone, a run with the condition cache cold, the same command
/// again on that store (nothing pending), and a run on a fresh copy with the cache warm.
/// </summary>
internal sealed record ProcessFigures(
    IReadOnlyList<ProcessResult> StartUp, IReadOnlyList<ProcessRun> Cold, IReadOnlyList<ProcessRun> Again, IReadOnlyList<ProcessRun> Warm, int CacheFiles)
{
    public string Summary() => string.Join(Environment.NewLine,
        $"    'playbook run' process, condition cache cold: {Line(Cold)}",
        $"    'playbook run' process, condition cache warm: {Line(Warm)}",
        $"    second 'playbook run' on the same store (nothing pending): {Walls(Again.Select(a => a.Result))} wall, {Again.Sum(a => a.Runs) - Cold.Sum(c => c.Runs):N0} new runs, peak {Again.Max(a => a.Result.PeakMegabytes):N0} MB",
        $"    start-up alone ('playbook --version'): {Walls(StartUp)}, peak {StartUp.Max(s => s.PeakMegabytes):N0} MB",
        $"    conditions: welcome's 'pitch' 'if' and reply-received's 'when' and 'if's are compiled by a process that finds the cache empty and read from it by the next ({CacheFiles} file(s) in the cache)");

    private static string Line(IReadOnlyList<ProcessRun> runs)
    {
        if (runs.Any(r => r.Result.ExitCode != 0 && r.Runs == 0))
        {
            var failed = runs.First(r => r.Result.ExitCode != 0);
            return $"exit {failed.Result.ExitCode}: {FirstLine(failed.Result.Error)}";
        }

        return $"{Walls(runs.Select(r => r.Result))} wall incl. start-up (CPU {string.Join(", ", runs.Select(r => RuntimeBenchmark.Ms(r.Result.Cpu)))}), "
            + $"{runs[0].Runs:N0} runs = best {Rate(runs.Max(r => r.RunsPerSecond))}, worst {Rate(runs.Min(r => r.RunsPerSecond))} runs/s (target at least 5,000), "
            + $"peak {runs.Max(r => r.Result.PeakMegabytes):N0} MB at most (target under 400)";
    }

    private static string Walls(IEnumerable<ProcessResult> results) => string.Join(", ", results.Select(r => RuntimeBenchmark.Ms(r.Wall)));

    private static string Rate(double rate) => rate.ToString("N0", CultureInfo.InvariantCulture);

    internal static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(nothing on stderr)";
}
