using System.Globalization;
using System.Text;
using Playbook.Engine.Configuration;
using Playbook.Tests.Support;

namespace Playbook.Tests.Configuration;

/// <summary>config.yaml as broken or hostile as a playbook may be: the same limits, the same positioned problems, never an unexpected error.</summary>
public sealed class ConfigLoaderHostileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("...\nme:\n  signature: Ana\n", "config.yaml(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line")]
    [InlineData("me:\n  interests: [a, b\n  signature: Ana\n",
        "config.yaml(2,14): invalid YAML: this '[' is not closed before line 3; close it with ']', or indent the lines inside it further")]
    [InlineData("me:\n  signature: *nope\n", "config.yaml(2,14): undefined alias '*nope'; an alias repeats a node marked '&nope' before it in the same document")]
    [InlineData("conversations:\n  within: 99999d\n", "config.yaml(2,11): 'within' should be a duration such as 30d; '99999d' is too long: a duration may be at most 3650d (about 10 years)")]
    public void Parse_TextYamlDotNetOrTheLimitsRefuse_IsAConfigExceptionWithThePosition(string yaml, string problem)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(yaml));

        Assert.Equal(problem, error.Message);
    }

    [Fact]
    public void Parse_ConceptsNestedFiftyThousandLevels_IsOneProblemAndNoStackOverflow()
    {
        var yaml = "concepts: " + new string('[', 50_000) + new string(']', 50_000) + "\n";

        var error = Assert.Throws<ConfigException>(() => Parse(yaml));

        Assert.Equal("config.yaml(1,74): lists and mappings nested more than 64 deep; a YAML file may nest them 64 levels at most", error.Message);
    }

    [Fact]
    public void Parse_SignatureLongerThan64KB_IsAProblemAtTheValue()
    {
        var error = Assert.Throws<ConfigException>(() => Parse("me:\n  signature: " + new string('x', 70_000) + "\n"));

        Assert.Equal("config.yaml(2,14): a value of 70,000 characters; a value may be at most 65,536 characters long", error.Message);
    }

    [Fact]
    public void Parse_TwentyThousandConcepts_AreReadEach()
    {
        var yaml = new StringBuilder("concepts:\n");
        for (var i = 0; i < 20_000; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ name: concept{i}, terms: [term{i}] }}\n");
        }

        var config = Parse(yaml.ToString());

        Assert.Equal(20_000, config.Concepts.Count);
    }

    [Fact]
    public void Load_FileOfMoreThanOneMegabyte_IsOneProblemWithTheWholeFile()
    {
        var path = _folder.Write("config.yaml", "me:\n  signature: Ana\n" + new string('#', 1024 * 1024) + "\n");

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path));

        Assert.Equal($"{path}: the file is 1,048,598 bytes; a YAML file may be at most 1 MB (1,048,576 bytes)", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private static PlaybookConfig Parse(string yaml) => ConfigLoader.Parse(new StringReader(yaml), "config.yaml");
}
