using System.Diagnostics;
using System.Text;
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

    private static readonly string[] Conditions =
    [
        "HasTag(\"close\")",
        "event.Classification != \"auto\" && event.Classification != \"negative\"",
        "contact.Stage == \"new\" || contact.Stage == \"contacted\"",
        "!history.Any(e => e.Kind == \"message.received\" && e.At > event.At)",
        "analysis.Intent == \"sales\" || analysis.Intent == \"recruiter\"",
        "contact.Company != null && contact.Tags.Contains(\"client\")",
        "history.Where(e => e.Direction == Directions.In).Select(e => e.Body).FirstOrDefault() != null",
        "(from e in history where e.Kind == EventKinds.MessageReceived select e.Id).Count() >= 0",
        "DaysSinceLastInteraction > 30 || Replied",
    ];

    private static readonly string[] Hostile =
    [
        "((Func<bool>)(() => { while (true) { } }))()",
        "history.Any(e => { for (;;) { } })",
        "((Func<object, bool>)(s => ((Func<object, bool>)s)(s)))((Func<object, bool>)(s => ((Func<object, bool>)s)(s)))",
        "default(Func<bool>)!.Invoke()",
        "((dynamic)(Func<dynamic, bool>)(s => s(s)))((Func<dynamic, bool>)(s => s(s)))",
        "contact.Tags.Any(string.IsNullOrEmpty)",
        "new[] { 1 }.Select(x => (Func<int>)(() => x)).First()() > 0",
        "((Delegate)null).DynamicInvoke() != null",
        "Enumerable.Range(0, int.MaxValue).Any(i => i < 0)",
        "Enumerable.Repeat(contact, int.MaxValue).Count() > 0",
        "new string('x', int.MaxValue).Length > 0",
        "contact.FirstName.PadLeft(int.MaxValue).Length > 0",
        "new int[int.MaxValue].Length > 0",
        "$\"{contact.FirstName,999999999}\".Length > 0",
        "contact.Id.ToString(\"D999999999\").Length > 0",
        "contact.FirstName is var s && (s = s + s) != null && (s = s + s) != null",
        "history.Any(a => history.Any(b => history.Any(c => history.Any(d => a.Id + b.Id + c.Id + d.Id < 0))))",
        "(from a in history from b in history from c in history from d in history where a.Id + b.Id + c.Id + d.Id < 0 select a).Any()",
        "history.Select(e => e.Body ?? \"x\").Aggregate(\"xx\", (t, b) => t + t).Length > 0",
        "System.IO.File.ReadAllText(\"/etc/hostname\").Length > 0",
        "Process.Start(\"sh\") != null",
        "Regex.IsMatch(contact.FirstName, \"(a+)+$\")",
        "new HttpClient() != null",
        "Environment.Exit(1) is var x",
        "typeof(string).Assembly.GetTypes().Length > 0",
        "AppDomain.CurrentDomain != null",
        "GC.GetTotalMemory(true) > 0",
        "history.Any(async e => true)",
        "history.Any(delegate (ContactEvent e) { return true; })",
        "contact.Tags.Aggregate((Func<string, string, string>)((a, b) => a + b)) != null",
    ];

    [Fact]
    public void Fuzz_HostileTemplatesAndConditions_AreRefusedWithAPositionOrRunWithinTheirLimits()
    {
        var random = new Random(Seed);
        var templates = Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks", "templates"), "*.liquid").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        var cases = Enumerable.Range(0, Cases).Select(i => i % 2 == 0
            ? (Template: MutateTemplate(random, templates), Condition: (string?)null)
            : (Template: "Hola {{ contact.first_name }}", Condition: MutateCondition(random))).ToList();
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

    private static string MutateTemplate(Random random, List<string> templates)
    {
        var text = templates[random.Next(templates.Count)];
        string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        return random.Next(14) switch
        {
            0 => Insert(random, text, Garbage(random, "{}%|()[]'\".-=<>!,: abcdefghijklmnopqrstuvwxyz0123456789\n", random.Next(1, 40))),
            1 => Repeat("{% if true %}", random.Next(90, 3000)) + text + Repeat("{% endif %}", random.Next(0, 3000)),
            2 => Insert(random, text, $"{{% for i in (1..{Pick(random, "3", "20000", "2000000000", "-5", "contact.id", "n")}) %}}x{{% endfor %}}"),
            3 => Insert(random, text, "{% assign n = contact.first_name | size | times: 999999 %}{% for i in (1..n) %}{{ i }}{% endfor %}"),
            4 => Insert(random, text, "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}.{% endfor %}{% endfor %}{% endfor %}"),
            5 => Insert(random, text, "{% assign s = 'xyz' %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}"),
            6 => Insert(random, text, "{% assign s = 'xyz' %}{% for i in (1..64) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s }}"),
            7 => Insert(random, text, "{{ '" + new string('x', random.Next(1000, 90_000)) + "' }}"),
            8 => Insert(random, text, Pick(random, "{% include 'welcome' %}", "{% render 'nudge' %}", "{%- include 'x', a: 1 -%}")),
            9 => Insert(random, text, "{{ contact.first_name" + Repeat(" | append: 'b'", random.Next(10, 3000)) + " }}"),
            10 => Insert(random, text, "{{ " + Repeat("(", random.Next(5, 200)) + "1" + Repeat(")", random.Next(5, 200)) + " }}"),
            11 => text[..random.Next(text.Length)],
            12 => Insert(random, text, Pick(random,
                "{{ 'a' | replace: 'a', 'aaaaaaaaaaaaaaaaaaaa' | replace: 'a', 'aaaaaaaaaaaaaaaaaaaa' | replace: 'a', 'aaaaaaaaaaaaaaaaaaaa' | replace: 'a', 'aaaaaaaaaaaaaaaaaaaa' | replace: 'a', 'aaaaaaaaaaaaaaaaaaaa' }}",
                "{{ '{0,999999999}' | format_string: 'x' }}",
                "{{ (1..5000) | join: '" + new string('-', 5000) + "' }}",
                "{% for i in (1..9) %}{% ifchanged %}{{ i | divided_by: 0 }}{% endifchanged %}{% endfor %}")),
            _ => Insert(random, text, text.Substring(random.Next(text.Length / 2), random.Next(text.Length / 2))),
        };
    }

    private static string MutateCondition(Random random)
    {
        string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        var valid = Conditions[random.Next(Conditions.Length)];
        return random.Next(9) switch
        {
            0 or 1 => Hostile[random.Next(Hostile.Length)],
            2 => Garbage(random, "abcdefghijklmnopqrstuvwxyz.()[]{}=<>!&|+-*/\"';:,? 0123456789@$#\\", random.Next(1, 80)),
            3 => Insert(random, valid, Garbage(random, "(){}[];=>\"'.,!&|", random.Next(1, 6))),
            4 => Repeat("(", random.Next(50, 5000)) + valid + Repeat(")", random.Next(50, 5000)),
            5 => string.Join(" || ", Enumerable.Repeat(valid, random.Next(2, 400))),
            6 => "contact.Company == \"" + new string('a', random.Next(100, 20_000)) + "\"",
            7 => Repeat("!", random.Next(1, 3000)) + "(" + valid + ")",
            _ => valid,
        };
    }

    private static string Insert(Random random, string text, string inserted)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + inserted + text[at..];
    }

    private static string Garbage(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

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
