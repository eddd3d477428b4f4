using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Testing;

/// <summary>The JSON Schema of test files (playbooks/playbook-test.schema.json) against the test files that ship and the docs' example.</summary>
public sealed partial class TestSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "playbooks", "playbook-test.schema.json"))));

    public static TheoryData<string> BuiltInTestFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks")).Where(PlaybookLoader.IsTestFile).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BuiltInTestFiles))]
    public void Validate_BuiltInTestFile_IsValid(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "playbooks", file));

        Assert.True(IsValid(yaml), $"{file} does not match the test file schema");
    }

    [Fact]
    public void Validate_TheDocsExample_IsValid()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "testing-playbooks.md")).ReplaceLineEndings("\n");

        var example = YamlBlock().Matches(docs).Select(m => m.Groups["yaml"].Value).Single(b => b.Contains("tests:", StringComparison.Ordinal));

        Assert.True(IsValid(example));
    }

    [Theory]
    [InlineData("tests: [{ name: x, stpes: [] }]")]
    [InlineData("tests: [{ name: x, steps: [{ after: 7 days }] }]")]
    [InlineData("tests: [{ name: x, steps: [{ run: , expect: { draft: [] } }] }]")]
    [InlineData("tests: [{ name: x, steps: [{ expect: { runs: [{ playbook: welcome, state: wating }] } }] }]")]
    public void Validate_AMistake_IsInvalid(string yaml)
    {
        Assert.False(IsValid(yaml));
    }

    private static bool IsValid(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var document = JsonDocument.Parse(ToJson(stream.Documents[0].RootNode)?.ToJsonString() ?? "null");
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
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

    [GeneratedRegex("```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
