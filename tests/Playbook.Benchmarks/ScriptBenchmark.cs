using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Scripting;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// Playbook scripts against YAML: the built-in welcome and the same playbook written as a script, each run by the
/// engine over the same fresh invitations; 1,000 reloads of a changed script in one process, with the memory before and
/// after; and a second <c>playbook check</c> process that finds the scripts in the compile cache. Prints; asserts nothing.
/// </summary>
internal static class ScriptBenchmark
{
    private const int Events = 20_000;
    private const int Reloads = 1_000;

    /// <summary>The built-in welcome (playbooks/welcome.yaml), step for step, as a script.</summary>
    private const string Welcome = """
        Declare("welcome")
            .On(EventKinds.InvitationReceived).MaxAge(Days(14))
            .Analyse("analyse")
            .Tag("low-fit", "low-fit").If(c => c.Analysis.IsLowFit)
            .Draft("welcome", "welcome")
            .WaitForReply("wait", Days(7))
            .Draft("nudge", "nudge")
            .Remind("call", "Propose a call to {{ contact.first_name }}", Days(14));
        """;

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "scripts")).FullName;
        string In(string name) => Path.Combine(folder, name);
        Console.WriteLine($"Scripts: the welcome playbook as YAML and as a C# script over {Events:N0} invitations; {Reloads:N0} reloads; a warm-cache process");
        var basePath = In("base.db");
        InvitationStore.Write(basePath, Events, RuntimeBenchmark.T0);
        var scripts = Directory.CreateDirectory(In("playbooks")).FullName;
        var script = Path.Combine(scripts, "welcome.csx");
        File.WriteAllText(script, Welcome);
        var trustFile = In("trusted.json");
        TrustStore.Open(trustFile).Trust(ScriptSource.Read(script));

        using var yaml = PlaybookCatalog.Load(new CatalogOptions { CacheFolder = In("cache"), Time = new FixedTimeProvider(RuntimeBenchmark.T0) });
        using var scripted = PlaybookCatalog.Load(new CatalogOptions { UserFolder = scripts, TrustFile = trustFile, CacheFolder = In("cache"), Time = new FixedTimeProvider(RuntimeBenchmark.T0) });
        Console.WriteLine($"  the script's welcome replaces the built-in one: {scripted.Find("welcome")?.SourceFile == script}; problems: {scripted.Problems.Count}");
        EnginePath.Run(basePath, In("warm-yaml.db"), yaml);
        EnginePath.Run(basePath, In("warm-script.db"), scripted);
        for (var round = 1; round <= 2; round++)
        {
            var fromYaml = EnginePath.Run(basePath, In($"yaml-{round}.db"), yaml);
            var fromScript = EnginePath.Run(basePath, In($"script-{round}.db"), scripted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round}: YAML {Rate(fromYaml)} runs/s ({fromYaml.Cost.Elapsed.TotalMilliseconds:N0} ms), script {Rate(fromScript)} runs/s ({fromScript.Cost.Elapsed.TotalMilliseconds:N0} ms); "
                + $"script time / YAML time {fromScript.Cost.Elapsed / fromYaml.Cost.Elapsed:0.00} (target at most 1.20); drafts {fromYaml.Report.Drafts:N0} and {fromScript.Report.Drafts:N0}"));
        }

        Reload(scripts, script, trustFile);
        WarmProcess(scripts, trustFile, In("process-cache"));
    }

    /// <summary>Edits the script, trusts it and loads the catalog again, <see cref="Reloads"/> times, unloading each before the next.</summary>
    private static void Reload(string scripts, string script, string trustFile)
    {
        long Memory()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }

        var before = 0L;
        var meter = new Meter();
        for (var i = 0; i <= Reloads; i++)
        {
            File.WriteAllText(script, Welcome + $"\n// edit {i}\n");
            TrustStore.Open(trustFile).Trust(ScriptSource.Read(script));
            using (var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = scripts, TrustFile = trustFile, Time = new FixedTimeProvider(RuntimeBenchmark.T0) }))
            {
                if (catalog.Find("welcome")?.SourceFile != script)
                {
                    Console.WriteLine($"  reload {i}: the script did not load: {string.Join("; ", catalog.Problems)}");
                    return;
                }
            }

            if (i == 0)
            {
                before = Memory();
                meter = new Meter();
            }
            else if (i % 250 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  after {i:N0} reloads: managed memory {Memory() / 1024.0 / 1024.0:N1} MB (before the first: {before / 1024.0 / 1024.0:N1} MB)"));
            }
        }

        var cost = meter.Stop();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Reloads:N0} reloads (each a compile of the changed script and an unload) in {cost.Elapsed.TotalSeconds:N1} s, {cost.Elapsed.TotalMilliseconds / Reloads:N0} ms each; working set now {process.WorkingSet64 / 1024.0 / 1024.0:N0} MB"));
    }

    /// <summary>Two <c>playbook check</c> processes over the scripts: the first compiles, the second reads the cache.</summary>
    private static void WarmProcess(string scripts, string trustFile, string cache)
    {
        var environment = new Dictionary<string, string?>
        {
            ["XDG_CACHE_HOME"] = cache,
            ["XDG_CONFIG_HOME"] = Path.GetDirectoryName(trustFile),
        };
        var cold = PlaybookExecutable.Run(["check", "--playbooks", scripts], environment);
        var warm = PlaybookExecutable.Run(["check", "--playbooks", scripts], environment);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  'playbook check' process over the script: cold cache {cold.Wall.TotalMilliseconds:N0} ms, warm cache {warm.Wall.TotalMilliseconds:N0} ms wall (exit {cold.ExitCode}, {warm.ExitCode}; the warm one does not compile)"));
    }

    private static string Rate(EngineRun run) =>
        (run.Report.RunsStarted / run.Cost.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
}
