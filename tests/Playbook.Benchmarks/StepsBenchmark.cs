using System.Globalization;
using System.Text;
using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// How the cost of one playbook grows with its steps: a generated playbook of 1,000, 4,000 and 8,000 steps (tags,
/// set values, waits, reminders, a condition every 50th step, a draft every 500th), loaded, checked (the catalog,
/// conditions compiled) and dry-run over one invitation, each timed. The cost per step should stay flat: a figure
/// that grows with the steps is a scan per step somewhere. Prints figures; asserts nothing.
/// </summary>
internal static class StepsBenchmark
{
    private static readonly int[] Sizes = [1_000, 4_000, 8_000];

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "steps")).FullName;
        var basePath = Path.Combine(folder, "base.db");
        InvitationStore.Write(basePath, 1, RuntimeBenchmark.T0);
        Console.WriteLine("Steps: one generated playbook, loaded, checked (catalog, conditions compiled) and dry-run over one invitation");

        // Once on a small playbook so that JIT and the compiler's start-up are not measured.
        Measure(folder, basePath, 100);
        foreach (var steps in Sizes)
        {
            var (load, check, dryRun, taken) = Measure(folder, basePath, steps);
            var total = load + check + dryRun;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {steps,6:N0} steps: load {Ms(load)}, check {Ms(check)}, dry run {Ms(dryRun)} ({taken:N0} journal entries); total {Ms(total)}, {total.TotalMicroseconds / steps:N0} µs a step"));
        }
    }

    private static (TimeSpan Load, TimeSpan Check, TimeSpan DryRun, int Taken) Measure(string folder, string basePath, int steps)
    {
        var user = Directory.CreateDirectory(Path.Combine(folder, $"playbooks-{steps}")).FullName;
        File.WriteAllText(Path.Combine(user, "long.yaml"), Playbook(steps));

        var loading = new Meter();
        var loaded = PlaybookLoader.Load(user);
        var load = loading.Stop().Elapsed;
        if (loaded.HasProblems)
        {
            throw new InvalidOperationException(string.Join('\n', loaded.Problems.Take(5)));
        }

        var checking = new Meter();
        var options = new CatalogOptions { UserFolder = user, CacheFolder = null, Time = new FixedTimeProvider(RuntimeBenchmark.T0) };
        using var catalog = PlaybookCatalog.Load(options);
        var check = checking.Stop().Elapsed;
        if (catalog.HasProblems)
        {
            throw new InvalidOperationException(string.Join('\n', catalog.Problems.Take(5)));
        }

        var path = Path.Combine(folder, $"dry-{steps}.db");
        InvitationStore.Copy(basePath, path);
        using var store = ContactStore.Open(path, new FixedTimeProvider(RuntimeBenchmark.T0));
        var runtime = new PlaybookRuntime(store, catalog, new RuntimeSettings { Me = store.Me.Get() });
        var running = new Meter();
        var report = runtime.Run(new RunRequest { Playbooks = ["long"], DryRun = true });
        var dryRun = running.Stop().Elapsed;
        var taken = report.Traces.Sum(t => t.Journal.Count);
        if (report.Failures.Count > 0)
        {
            throw new InvalidOperationException(report.Failures[0].ToString());
        }

        return (load, check, dryRun, taken);
    }

    /// <summary>A playbook of <paramref name="steps"/> steps of every common kind.</summary>
    private static string Playbook(int steps)
    {
        var text = new StringBuilder("schema: 1\nname: long\non: invitation.received\nsteps:\n");
        for (var i = 0; i < steps; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: s{i}\n");
            if (i % 50 == 24)
            {
                text.Append(CultureInfo.InvariantCulture, $"    if: contact.Company != null || {i} > 0\n");
            }

            // A wait every 100th step, so that the dry run (which passes at most 100 waits) takes every step.
            var kind = i % 100 == 99 ? "wait" : i % 500 == 249 ? "draft" : (i % 4) switch { 0 => "tag", 1 => "set", 2 => "remind", _ => "untag" };
            text.Append(kind switch
            {
                "tag" => string.Create(CultureInfo.InvariantCulture, $"    tag: t{i % 7}\n"),
                "set" => string.Create(CultureInfo.InvariantCulture, $"    set: {{ n{i % 11}: {i} }}\n"),
                "wait" => "    wait: 1h\n",
                "remind" => string.Create(CultureInfo.InvariantCulture, $"    remind: Step {i} for {{{{ contact.first_name }}}}\n    in: 1d\n"),
                "untag" => "    untag: t3\n",
                _ => "    draft: welcome\n",
            });
        }

        return text.ToString();
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
