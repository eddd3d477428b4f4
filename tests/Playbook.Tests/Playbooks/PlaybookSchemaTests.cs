using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Playbook.Engine.Catalog;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Playbooks;

/// <summary>
/// The JSON Schema editors check playbooks with (playbooks/playbook.schema.json) against the parser, which is the
/// source of truth: YAML is turned into JSON with scalars typed as the parser types them, then validated.
/// </summary>
public sealed partial class PlaybookSchemaTests
{
    private static readonly string[] CommonStepKeys = ["id", "if", "until", "in", "link"];

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaFile)));

    private static string SchemaFile => Path.Combine(RepoPaths.Root, "playbooks", "playbook.schema.json");

    public static TheoryData<string> BuiltInFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks"), "*.yaml").Where(f => !PlaybookLoader.IsTestFile(f)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BuiltInFiles))]
    public void Validate_BuiltInPlaybook_IsValid(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "playbooks", file));

        var errors = Errors(yaml);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_EveryPlaybookInTheDocs_IsValid()
    {
        var blocks = DocsPlaybooks();

        var failures = blocks.Select(b => (Block: b, Errors: Errors(b))).Where(r => r.Errors.Count > 0)
            .Select(r => $"{string.Join("; ", r.Errors)} in:\n{r.Block}").ToList();

        Assert.True(blocks.Count >= 7, $"only {blocks.Count} playbooks found in docs/playbooks.md; the extraction broke");
        Assert.Empty(failures);
    }

    [Fact]
    public void Validate_MisspeltSteps_FailsAtThatKey()
    {
        var yaml = PlaybookText.Minimal.Replace("steps:", "stpes:", StringComparison.Ordinal);

        var errors = Errors(yaml);

        Assert.Equal(["(root): Required properties [\"steps\"] are not present", "/stpes: All values fail against the false schema"], errors);
    }

    [Fact]
    public void Validate_StepWithTwoTypes_FailsAtTheStep()
    {
        var yaml = PlaybookText.Minimal + "\n    wait: 7d\n";

        var errors = Errors(yaml);

        Assert.Equal(["/steps/0: Expected 1 matching subschema but found 2"], errors);
    }

    [Fact]
    public void Validate_UntilOnARemindStep_FailsAtUntil()
    {
        var yaml = PlaybookText.Minimal + "\n  - { id: call, remind: Call them, until: replied }\n";

        var errors = Errors(yaml);

        Assert.Equal(["/steps/1/until: All values fail against the false schema"], errors);
    }

    [Fact]
    public void Validate_InOnAWaitStep_FailsAtIn()
    {
        var yaml = PlaybookText.Minimal + "\n  - { id: wait, wait: 7d, in: 1d }\n";

        var errors = Errors(yaml);

        Assert.Equal(["/steps/1/in: All values fail against the false schema"], errors);
    }

    [Theory]
    [InlineData("  - { id: look, analyse: }")]
    [InlineData("  - { id: look, analyse: {} }")]
    [InlineData("  - { id: look, if: analysis.Score > 0.5, analyse: ~ }")]
    public void Validate_AnalyseStep_IsValid(string step)
    {
        var errors = Errors(PlaybookText.Minimal + "\n" + step + "\n");

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_AnalyseWithAValue_Fails()
    {
        var errors = Errors(PlaybookText.Minimal + "\n  - { id: look, analyse: deep }\n");

        Assert.Equal(["/steps/1/analyse: Value is \"string\" but should be \"null\"", "/steps/1/analyse: Value is \"string\" but should be \"object\""], errors);
    }

    public static TheoryData<string, string, string> ParserCases() => new()
    {
        { "stpes", "/stpes", PlaybookText.Minimal.Replace("steps:", "stpes:", StringComparison.Ordinal) },
        { "unknown step key", "/steps/0/channel", PlaybookText.Minimal + "\n    channel: email\n" },
        { "no type", "/steps/0", "schema: 1\nname: x\non: meeting\nsteps:\n  - id: nothing\n" },
        { "no id", "/steps/0", "schema: 1\nname: x\non: meeting\nsteps:\n  - tag: met\n" },
        { "two types", "/steps/0", PlaybookText.Minimal + "\n    stop:\n" },
        { "in on draft", "/steps/0/in", PlaybookText.Minimal + "\n    in: 1d\n" },
        { "empty steps", "/steps", "schema: 1\nname: x\non: meeting\nsteps: []\n" },
        { "schema 2", "/schema", PlaybookText.Minimal.Replace("schema: 1", "schema: 2", StringComparison.Ordinal) },
        { "upper-case name", "/name", PlaybookText.Minimal.Replace("name: minimal", "name: Minimal", StringComparison.Ordinal) },
        { "unknown trigger", "/on", PlaybookText.Minimal.Replace("invitation.received", "invitation.recieved", StringComparison.Ordinal) },
        { "empty when", "/when", PlaybookText.Minimal + "\nwhen:\n" },
        { "7days", "/max_age", PlaybookText.Minimal + "\nmax_age: 7days\n" },
        { "1.5d", "/max_age", PlaybookText.Minimal + "\nmax_age: 1.5d\n" },
        { "12h1d", "/max_age", PlaybookText.Minimal + "\nmax_age: 12h1d\n" },
        { "no unit", "/max_age", PlaybookText.Minimal + "\nmax_age: 7\n" },
        { "zero wait", "/steps/1/wait", PlaybookText.Minimal + "\n  - { id: wait, wait: 0d }\n" },
        { "unknown stage", "/steps/1/stage", PlaybookText.Minimal + "\n  - { id: s, stage: replyed }\n" },
        { "empty tag list", "/steps/1/tag", PlaybookText.Minimal + "\n  - { id: t, tag: [] }\n" },
        { "tag mapping", "/steps/1/tag", PlaybookText.Minimal + "\n  - { id: t, tag: { a: b } }\n" },
        { "set list value", "/steps/1/set/x", PlaybookText.Minimal + "\n  - { id: s, set: { x: [1, 2] } }\n" },
        { "set bad name", "/steps/1/set/2x", PlaybookText.Minimal + "\n  - { id: s, set: { 2x: 1 } }\n" },
        { "empty set", "/steps/1/set", PlaybookText.Minimal + "\n  - { id: s, set: {} }\n" },
        { "stop list", "/steps/1/stop", PlaybookText.Minimal + "\n  - { id: s, stop: [a] }\n" },
        { "empty remind", "/steps/1/remind", PlaybookText.Minimal + "\n  - { id: r, remind: '' }\n" },
        { "template with extension", "/steps/0/draft", PlaybookText.Minimal.Replace("draft: welcome", "draft: welcome.es.liquid", StringComparison.Ordinal) },
        { "draft without template", "/steps/0/draft", PlaybookText.Minimal.Replace("draft: welcome", "draft: { channel: email }", StringComparison.Ordinal) },
        { "draft null", "/steps/0/draft", PlaybookText.Minimal.Replace("draft: welcome", "draft:", StringComparison.Ordinal) },
        { "weight 0", "/steps/0/draft/variants/0/weight", PlaybookText.Minimal.Replace("draft: welcome", "draft: { template: a, variants: [{ template: b, weight: 0 }] }", StringComparison.Ordinal) },
        { "variant key", "/steps/0/draft/variants/0/wieght", PlaybookText.Minimal.Replace("draft: welcome", "draft: { template: a, variants: [{ template: b, wieght: 2 }] }", StringComparison.Ordinal) },
        { "channel upper-case", "/steps/0/draft/channel", PlaybookText.Minimal.Replace("draft: welcome", "draft: { template: a, channel: Email }", StringComparison.Ordinal) },
        { "channel calendar", "/steps/0/draft/channel", PlaybookText.Minimal.Replace("draft: welcome", "draft: { template: a, channel: calendar }", StringComparison.Ordinal) },
        { "schedule without every", "(root)", PlaybookText.Minimal.Replace("invitation.received", "schedule", StringComparison.Ordinal) },
        { "schedule with max_age", "/max_age", PlaybookText.Minimal.Replace("invitation.received", "schedule", StringComparison.Ordinal) + "\nevery: 90d\nmax_age: 14d\n" },
        { "every on an event", "/every", PlaybookText.Minimal + "\nevery: 90d\n" },
        { "instead_of upper-case", "/instead_of", PlaybookText.Minimal + "\ninstead_of: Welcome\n" },
        { "instead_of list", "/instead_of", PlaybookText.Minimal + "\ninstead_of: [welcome]\n" },
    };

    [Theory]
    [MemberData(nameof(ParserCases))]
    public void Validate_WhatTheParserRefuses_FailsThereToo(string name, string location, string yaml)
    {
        var problems = PlaybookText.ProblemsOf(yaml);

        var errors = Errors(yaml);

        Assert.True(problems.Count > 0, $"{name}: the parser accepts it");
        Assert.True(
            errors.Any(e => e.StartsWith(location + ": ", StringComparison.Ordinal)),
            $"{name}: the schema finds nothing at {location} ({string.Join("; ", errors)}) where the parser says {string.Join("; ", problems)}");
    }

    public static TheoryData<string, string> AcceptedCases() => new()
    {
        { "every type", """
            schema: 1
            name: all-types
            description:
            on: note
            when: "true"
            max_age: 1w2d3h4m5s
            steps:
              - { id: d1, draft: { template: Welcome_1, channel: e-mail, variants: [b, { template: c }, { template: d, weight: 3 }] } }
              - { id: w, wait: 30m, until: 'contact.Stage == "meeting"' }
              - { id: r, remind: Call, in: 0m }
              - { id: t, tag: Close }
              - { id: u, untag: [a, b] }
              - { id: s, stage: dormant }
              - { id: v, set: { a: 1, b: 0.5, c: true, d: ~, e: "3", _f: text } }
              - { id: x, stop: }
            """ },
        { "numeric ids", PlaybookText.Minimal.Replace("id: welcome", "id: 1", StringComparison.Ordinal) + "\n  - { id: 2, stop: done }\n" },
        { "schedule", PlaybookText.Minimal.Replace("invitation.received", "schedule", StringComparison.Ordinal) + "\nevery: 90d\n" },
        { "condition if", PlaybookText.Minimal + "\n  - id: t\n    if: |\n      contact.Company != null\n    tag: warm\n" },
        { "remind number", PlaybookText.Minimal + "\n  - { id: r, remind: 42 }\n" },
        { "instead_of", PlaybookText.Minimal + "\ninstead_of: welcome\n" },
        { "channel last", PlaybookText.Minimal.Replace("draft: welcome", "draft: { template: a, channel: last }", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(AcceptedCases))]
    public void Validate_WhatTheParserAccepts_IsValid(string name, string yaml)
    {
        var problems = PlaybookText.ProblemsOf(yaml);

        var errors = Errors(yaml);

        Assert.True(problems.Count == 0, $"{name}: the parser refuses it: {string.Join("; ", problems)}");
        Assert.True(errors.Count == 0, $"{name}: the schema refuses what the parser accepts: {string.Join("; ", errors)}");
    }

    [Fact]
    public void Schema_Vocabulary_IsTheEnginesTriggersStagesAndStepTypes()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaFile));
        var root = document.RootElement;
        var step = root.GetProperty("definitions").GetProperty("step");

        var triggers = root.GetProperty("properties").GetProperty("on").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        var stages = step.GetProperty("properties").GetProperty("stage").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        var types = step.GetProperty("oneOf").EnumerateArray().Select(e => e.GetProperty("required")[0].GetString()!);
        var keys = step.GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal([.. EventKinds.All, PlaybookDefinition.Schedule], triggers);
        Assert.Equal(Stages.All, stages);
        Assert.Equal(StepKinds.All.Union(["analyse"]).Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
        Assert.Equal(CommonStepKeys.Concat(types).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_EveryProperty_HasADescription()
    {
        var node = JsonNode.Parse(File.ReadAllText(SchemaFile))!;

        var missing = Properties(node, "#").Where(p => p.Schema["description"] is null).Select(p => p.Path).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Schema_Embedded_EqualsTheFileByteForByte()
    {
        var file = File.ReadAllBytes(SchemaFile);

        var embedded = System.Text.Encoding.UTF8.GetBytes(BuiltInPlaybooks.Schema);

        Assert.Equal(file, embedded);
    }

    [Fact]
    public void BuiltInPlaybooks_WithTheSchemaEmbedded_AreOnlyTheYamlFiles()
    {
        var names = BuiltInPlaybooks.Playbooks.Select(p => p.File);

        Assert.All(names, n => Assert.EndsWith(".yaml", n, StringComparison.Ordinal));
        Assert.DoesNotContain("built-in/playbook.schema.json", names);
    }

    [Fact]
    public async Task SchemaCommand_PrintsTheSchemaFile()
    {
        using var cli = new CliSandbox();

        var result = await cli.RunAsync("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(SchemaFile), result.Output);
        Assert.Equal("", result.Error);
    }

    /// <summary>
    /// Why <paramref name="yaml"/> fails, as <c>/json/pointer: message</c> (<c>(root)</c> for the document): the
    /// errors on the failing path only, not those of an <c>anyOf</c> branch when another holds, nor of <c>if</c>.
    /// </summary>
    private static List<string> Errors(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var document = JsonDocument.Parse(ToJson(stream.Documents[0].RootNode)?.ToJsonString() ?? "null");

        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });

        var errors = new List<string>();
        Collect(results, errors);
        return [.. errors.Distinct(StringComparer.Ordinal)];
    }

    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        var location = Pointer(node.InstanceLocation.ToString());
        var before = errors.Count;
        errors.AddRange((node.Errors ?? new Dictionary<string, string>()).Values.Select(m => $"{location}: {m}"));
        var children = node.Details ?? [];
        var held = children.GroupBy(Branch).ToDictionary(g => g.Key, g => g.Count(c => c.IsValid), StringComparer.Ordinal);
        if (held.GetValueOrDefault("oneOf") > 1)
        {
            errors.Add($"{location}: Expected 1 matching subschema but found {held["oneOf"]}");
        }

        foreach (var child in children.Where(c => Branch(c) is not ("if" or "not") && !(Branch(c) is "anyOf" or "oneOf" && held[Branch(c)] > 0)))
        {
            Collect(child, errors);
        }

        if (errors.Count == before)
        {
            errors.Add($"{location}: does not match {node.EvaluationPath}");
        }
    }

    /// <summary>The applicator a result comes from: <c>anyOf</c> for <c>.../anyOf/1</c>, else its last keyword.</summary>
    private static string Branch(EvaluationResults result)
    {
        var segments = result.EvaluationPath.ToString().Split('/');
        return segments.Length > 1 && int.TryParse(segments[^1], out _) ? segments[^2] : segments[^1];
    }

    private static string Pointer(string location) => location is "" or "#" ? "(root)" : location.TrimStart('#');

    /// <summary>YAML as an editor's YAML server sees it, scalars typed as the parser types them (<see cref="SetValues.Typed"/>).</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode scalar => SetValues.Typed(scalar) switch
        {
            null => null,
            bool b => JsonValue.Create(b),
            long l => JsonValue.Create(l),
            double d => JsonValue.Create(d),
            var other => JsonValue.Create((string)other),
        },
        _ => throw new ArgumentException($"unexpected YAML node {node.GetType().Name}", nameof(node)),
    };

    /// <summary>The ```yaml blocks of docs/playbooks.md that are playbooks (a mapping with <c>schema</c>).</summary>
    private static List<string> DocsPlaybooks()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "playbooks.md")).ReplaceLineEndings("\n");
        return
        [
            .. YamlBlock().Matches(docs).Select(m => m.Groups["yaml"].Value).Where(block =>
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(block));
                return stream.Documents.Count > 0
                    && stream.Documents[0].RootNode is YamlMappingNode root
                    && root.Children.Keys.Any(k => k is YamlScalarNode { Value: "schema" });
            }),
        ];
    }

    /// <summary>
    /// Every property schema under a <c>properties</c> keyword, with its path; not those of <c>if</c>, <c>then</c> and
    /// <c>else</c>, which only test or forbid keys described elsewhere.
    /// </summary>
    private static IEnumerable<(string Path, JsonObject Schema)> Properties(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.Where(p => p.Key is not ("if" or "then" or "else")))
                {
                    if (key == "properties" && value is JsonObject properties)
                    {
                        foreach (var (name, schema) in properties)
                        {
                            yield return ($"{path}/properties/{name}", schema as JsonObject ?? []);
                        }
                    }

                    foreach (var inner in value is null ? [] : Properties(value, $"{path}/{key}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var inner in array[i] is { } item ? Properties(item, $"{path}/{i}") : [])
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
