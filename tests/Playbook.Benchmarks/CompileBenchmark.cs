using System.Globalization;
using System.Text;

namespace Playbook.Benchmarks;

/// <summary>
/// The cost of compiling playbook conditions: 20 playbooks holding 200 C# expressions, checked by a fresh
/// <c>playbook check</c> process with an empty condition cache (Roslyn compiles them all in one compilation) and with
/// a warm one (the compiled code is loaded from disk, the compiler never is), by the build beside the benchmarks
/// and by a ReadyToRun publish of it.
/// </summary>
internal static class CompileBenchmark
{
    private const int Playbooks = 20;
    private const int StepsPerPlaybook = 9;

    private static readonly string[] Conditions =
    [
        "contact.Company != null && contact.Company.Contains(\"{0}\", StringComparison.OrdinalIgnoreCase)",
        "DaysSinceLastInteraction > {0} && !HasTag(\"do-not-contact\")",
        "history.Count(e => e.Kind == \"message.received\") >= {0} % 4",
        "contact.Position != null && contact.Position.ToLowerInvariant().Contains(\"head\") || {0} < 0",
        "event != null && event.Body != null && event.Body.Length > {0}",
        "me.Goals.Any(g => g.Keywords.Any(k => (contact.Headline ?? \"\").Contains(k))) && {0} >= 0",
        "now - (LastInteraction ?? now) > TimeSpan.FromDays({0})",
        "tags.Count > {0} % 3 || contact.Stage == \"conversation\"",
        "vars.GetValueOrDefault(\"n{0}\") == null && Replied == false",
        "contact.Emails.Count > 0 && contact.Emails[0].EndsWith(\".es\") && {0} > 0",
    ];

    public static void Run(string work)
    {
        var folder = Path.Combine(work, "compile-playbooks");
        var expressions = Write(folder);
        Console.WriteLine($"Condition compile: {Playbooks} playbooks holding {expressions} expressions, 'playbook check' as a fresh process");
        var builds = new List<(string Name, string? AppHost)> { ("build", null) };
        if (PlaybookExecutable.PublishReadyToRun(work) is { } readyToRun)
        {
            builds.Add(("ReadyToRun publish", readyToRun));
        }

        var summary = new List<string>();
        foreach (var (name, appHost) in builds)
        {
            for (var round = 1; round <= 2; round++)
            {
                var cache = Path.Combine(work, $"cache-{name.Replace(' ', '-')}-{round}");
                var environment = new Dictionary<string, string?>
                {
                    ["XDG_CACHE_HOME"] = cache,
                    ["XDG_CONFIG_HOME"] = Path.Combine(work, "config"),
                    ["XDG_DATA_HOME"] = Path.Combine(work, "data"),
                };
                var cold = PlaybookExecutable.Run(["check", folder], environment, appHost);
                var warm = PlaybookExecutable.Run(["check", folder], environment, appHost);
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"  {name}, round {round}: cold cache {cold.Wall.TotalMilliseconds:N0} ms wall (CPU {cold.Cpu.TotalMilliseconds:N0} ms, peak {cold.PeakMegabytes:N0} MB, exit {cold.ExitCode}); warm cache {warm.Wall.TotalMilliseconds:N0} ms wall (CPU {warm.Cpu.TotalMilliseconds:N0} ms, peak {warm.PeakMegabytes:N0} MB, exit {warm.ExitCode})");
                Console.WriteLine(line);
                if (cold.ExitCode != 0)
                {
                    Console.WriteLine("    " + cold.Error.Trim().Replace("\n", "\n    ", StringComparison.Ordinal));
                }

                summary.Add(line);
            }
        }

        var version = PlaybookExecutable.Run(["--version"]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  start-up alone ('playbook --version'): {version.Wall.TotalMilliseconds:N0} ms"));
        Console.WriteLine("  targets: cold compile of the 200 expressions at most 1,500 ms; a warm-cache 'check' under 250 ms wall");
    }

    /// <summary>Writes the playbooks: each a <c>when</c> and nine tag steps with an <c>if</c>.</summary>
    private static int Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        for (var p = 0; p < Playbooks; p++)
        {
            var yaml = new StringBuilder();
            yaml.Append(CultureInfo.InvariantCulture, $"schema: 1\nname: generated-{p:00}\non: message.received\n");
            yaml.Append("when: '").Append(Expression(p, 0).Replace("'", "''", StringComparison.Ordinal)).Append("'\nsteps:\n");
            count++;
            for (var s = 1; s <= StepsPerPlaybook; s++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - id: step-{s}\n    if: '").Append(Expression(p, s).Replace("'", "''", StringComparison.Ordinal))
                    .Append(CultureInfo.InvariantCulture, $"'\n    tag: t{s}\n");
                count++;
            }

            yaml.Append("  - id: last\n    stop: done\n");
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"generated-{p:00}.yaml")), yaml.ToString());
        }

        return count;
    }

    private static string Expression(int playbook, int step) =>
        string.Format(CultureInfo.InvariantCulture, Conditions[(playbook + step) % Conditions.Length], (playbook * 10) + step + 1);
}
