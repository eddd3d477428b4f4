using System.Globalization;

namespace Playbook.Benchmarks;

/// <summary><c>playbook run --db COPY --now T0</c> as a child process on fresh copies of the benchmark's store.</summary>
internal static class ProcessPath
{
    public static ProcessFigures Measure(string basePath, string folder)
    {
        var sandbox = Directory.CreateDirectory(Path.Combine(folder, "process")).FullName;
        var cache = Path.Combine(sandbox, "cache");
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = Directory.CreateDirectory(Path.Combine(sandbox, "home")).FullName,
            ["XDG_DATA_HOME"] = Directory.CreateDirectory(Path.Combine(sandbox, "data")).FullName,
            ["XDG_CONFIG_HOME"] = Directory.CreateDirectory(Path.Combine(sandbox, "config")).FullName,
            ["XDG_CACHE_HOME"] = cache,
            ["PLAYBOOK_DB"] = null,
            ["PLAYBOOK_PLAYBOOKS"] = null,
        };
        var now = RuntimeBenchmark.T0.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Console.WriteLine($"  Process ({PlaybookExecutable.Describe()}), HOME and XDG folders in a sandbox:");

        var startUp = new List<ProcessResult>();
        var cold = new List<ProcessRun>();
        var again = new List<ProcessRun>();
        var warm = new List<ProcessRun>();
        var cacheFiles = 0;
        for (var round = 1; round <= RuntimeBenchmark.Rounds; round++)
        {
            startUp.Add(PlaybookExecutable.Run(["--version"], environment));
            Console.WriteLine($"    round {round}, 'playbook --version': {RuntimeBenchmark.Ms(startUp[^1].Wall)} wall, CPU {RuntimeBenchmark.Ms(startUp[^1].Cpu)}, peak {startUp[^1].PeakMegabytes:N0} MB, exit {startUp[^1].ExitCode}");

            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }

            var first = Path.Combine(folder, $"process-{round}-a.db");
            InvitationStore.Copy(basePath, first);
            cold.Add(Run($"round {round}, 'playbook run', condition cache empty", first, now, environment));
            cacheFiles = Directory.Exists(cache) ? Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Count() : 0;
            again.Add(Run($"round {round}, 'playbook run' again on the same store", first, now, environment));

            var second = Path.Combine(folder, $"process-{round}-b.db");
            InvitationStore.Copy(basePath, second);
            warm.Add(Run($"round {round}, 'playbook run' on a fresh copy, condition cache warm", second, now, environment));
        }

        return new ProcessFigures(startUp, cold, again, warm, cacheFiles);
    }

    private static ProcessRun Run(string what, string db, string now, Dictionary<string, string?> environment)
    {
        var result = PlaybookExecutable.Run(["run", "--db", db, "--now", now], environment);
        var runs = RuntimeBenchmark.Count(db, "SELECT count(*) FROM runs");
        Console.WriteLine($"    {what}: {RuntimeBenchmark.Ms(result.Wall)} wall, CPU {RuntimeBenchmark.Ms(result.Cpu)}, {runs:N0} runs in the store, peak {result.PeakMegabytes:N0} MB, exit {result.ExitCode}");
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(6))
        {
            Console.WriteLine($"      | {line.TrimEnd()}");
        }

        if (result.ExitCode != 0)
        {
            foreach (var line in result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(5))
            {
                Console.WriteLine($"      ! {line.TrimEnd()}");
            }
        }

        return new ProcessRun(result, runs);
    }
}
