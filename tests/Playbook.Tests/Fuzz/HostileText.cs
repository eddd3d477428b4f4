using System.Text;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Hostile templates and conditions: the built-in templates with deep nesting, huge ranges, loops, chains, include and
/// render, very long strings or cuts; and conditions that loop, recurse, play delegate tricks, allocate without end,
/// reach for processes and files, or are garbage. Driven by the caller's <see cref="Random"/>.
/// </summary>
internal static class HostileText
{
    /// <summary>Conditions that compile, in the style of the built-ins.</summary>
    public static readonly string[] Conditions =
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

    /// <summary>Conditions written to loop, recurse, exhaust memory or reach outside.</summary>
    public static readonly string[] Hostile =
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

    /// <summary>One of <paramref name="templates"/> with one hostile change, or garbage.</summary>
    public static string Template(Random random, List<string> templates)
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

    /// <summary>A condition that is hostile, garbage, a valid one mangled, or a valid one.</summary>
    public static string Condition(Random random)
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

    /// <summary><paramref name="text"/> with <paramref name="inserted"/> at a random place.</summary>
    public static string Insert(Random random, string text, string inserted)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + inserted + text[at..];
    }

    /// <summary><paramref name="length"/> random characters of <paramref name="alphabet"/>.</summary>
    public static string Garbage(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>One of <paramref name="choices"/>.</summary>
    public static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
