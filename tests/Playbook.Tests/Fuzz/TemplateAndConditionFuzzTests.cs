using System.Diagnostics;
using Playbook.Engine.Events;
using Playbook.Engine.Problems;
using Playbook.Tests.Runtime;
using Playbook.Tests.Support;
using Xunit.Abstractions;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Hundreds of hostile templates and conditions, from a fixed seed: the built-in templates and conditions mutated, and
/// garbage, deep nesting, huge ranges, loops, lambdas, delegate tricks and very long strings. Each is loaded through the
/// catalog, fifty playbooks at a time, and what compiles is run over a small store with a dry run. Nothing may crash the
/// process or escape as an exception, every refusal has a line and a column, and every run ends.
/// </summary>
public sealed class TemplateAndConditionFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261206;
    private const int Cases = 320;
    private const int PerCatalog = 64;

    [Fact]
    public void Fuzz_HostileTemplatesAndConditions_AreRefusedWithAPositionOrRunWithinTheirLimits()
    {
        var random = new Random(Seed);
        var templates = Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks", "templates"), "*.liquid").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        var cases = Enumerable.Range(0, Cases).Select(i => i % 2 == 0
            ? (Template: HostileText.Template(random, templates), Condition: (string?)null)
            : (Template: "Hola {{ contact.first_name }}", Condition: HostileText.Condition(random))).ToList();
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var crashes = new List<string>();
        var unplaced = new List<string>();
        var clock = Stopwatch.StartNew();

        for (var start = 0; start < cases.Count; start += PerCatalog)
        {
            try
            {
                RunBatch(cases.Skip(start).Take(PerCatalog).ToList(), start, tally, unplaced);
            }
            catch (Exception e)
            {
                crashes.Add($"batch from case {start}: {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"{cases.Count} cases (seed {Seed}) in {clock.Elapsed.TotalSeconds:0.0} s; crashes: {crashes.Count}");
        foreach (var (what, count) in tally.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {what}: {count}");
        }

        Assert.Empty(crashes);
        Assert.Empty(unplaced);
        Assert.Equal(cases.Count, tally.Where(t => t.Key.StartsWith("case:", StringComparison.Ordinal)).Sum(t => t.Value));
    }

    private static void RunBatch(List<(string Template, string? Condition)> batch, int first, Dictionary<string, int> tally, List<string> unplaced)
    {
        using var harness = new RuntimeHarness();
        for (var i = 0; i < batch.Count; i++)
        {
            var name = $"fuzz-{first + i}";
            var (template, condition) = batch[i];
            Directory.CreateDirectory(Path.Combine(harness.Playbooks, "templates"));
            File.WriteAllText(Path.Combine(harness.Playbooks, "templates", name + ".liquid"), template);
            var when = condition is null ? "" : "when: |-\n" + string.Join('\n', condition.Split('\n').Select(l => "  " + l)) + "\n";
            File.WriteAllText(Path.Combine(harness.Playbooks, name + ".yaml"),
                $"schema: 1\nname: {name}\non: invitation.received\n{when}steps:\n  - id: hello\n    draft: {{ template: {name} }}\n");
        }

        var ana = harness.Contact("Ana", "Ruiz", "Contoso");
        var luis = harness.Contact("Luis", "Pardo");
        for (var i = 0; i < 200; i++)
        {
            harness.Event(ana, EventKinds.MessageReceived, daysAgo: 20 + (i / 100.0), body: "hola " + i);
        }

        harness.Event(ana, EventKinds.InvitationReceived, daysAgo: 2, body: "¡Hola! Trabajo en e-commerce de moda.");
        harness.Event(luis, EventKinds.InvitationReceived, daysAgo: 1);

        var loading = Stopwatch.StartNew();
        var catalog = harness.Catalog;
        Count(tally, "slowest catalog load of a batch, ms", (int)loading.ElapsedMilliseconds, max: true);
        catalog.Conditions.Budget = TimeSpan.FromMilliseconds(25);
        foreach (var problem in catalog.Problems)
        {
            Count(tally, "problem: " + Kind(problem));
            if (problem.Line < 1 || problem.Column < 1)
            {
                unplaced.Add(problem.ToString());
            }
        }

        foreach (var entry in catalog.Entries)
        {
            var kind = entry.Definition.When is null ? "template" : "condition";
            Count(tally, $"case: {kind} {(entry.Enabled ? "compiled and run" : "refused at check")}");
        }

        Count(tally, "case: refused by the YAML reader", batch.Count - catalog.Entries.Count);

        var clock = Stopwatch.StartNew();
        var report = harness.Run(dryRun: true);
        Count(tally, "runs started", report.RunsStarted);
        Count(tally, "drafts written", report.Drafts);
        foreach (var failure in report.Failures)
        {
            Count(tally, "run failed: " + Why(failure.Reason));
        }

        Count(tally, "slowest dry run of a batch, ms", (int)clock.ElapsedMilliseconds, max: true);
    }

    private static string Kind(Problem problem) => problem.Code ?? (problem.Message.Contains("nest", StringComparison.Ordinal) ? "template nesting"
        : problem.Message.Contains("range", StringComparison.Ordinal) ? "template range"
        : problem.Message.Contains("not supported", StringComparison.Ordinal) ? "template include/render"
        : problem.Message.Contains("at most", StringComparison.Ordinal) ? "template size or chain"
        : "template or playbook syntax");

    private static string Why(string reason) =>
        reason.Contains("budget", StringComparison.Ordinal) ? "condition over its budget"
        : reason.Contains("rendering stopped", StringComparison.Ordinal) ? "template over a limit"
        : reason.Contains("rendering failed", StringComparison.Ordinal) ? "template failed"
        : reason.Contains("condition", StringComparison.Ordinal) ? "condition threw"
        : "other: " + reason;

    private static void Count(Dictionary<string, int> tally, string what, int by = 1, bool max = false) =>
        tally[what] = max ? Math.Max(tally.GetValueOrDefault(what), by) : tally.GetValueOrDefault(what) + by;
}
