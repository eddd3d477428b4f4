using System.Globalization;
using System.Text;
using Playbook.Engine.Yaml;
using Playbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Yaml;

public sealed class YamlReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Read_UnclosedBracketBeforeALessIndentedLine_IsInvalidYamlAtTheBracket()
    {
        // Reported as "unexpected error: Operation is not valid due to the current state of the object.", with no place.
        var yaml = YamlReader.Read("a.yaml", "schema: 1\nname: a\non: [meeting\nsteps:\n  - { id: t, tag: x }\n");

        Assert.False(yaml.IsRead);
        Assert.Equal(
            ["a.yaml(3,5): invalid YAML: this '[' is not closed before line 4; close it with ']', or indent the lines inside it further"],
            Lines(yaml));
    }

    [Fact]
    public void Read_UnclosedBracketAloneOnItsLine_IsInvalidYamlAtTheLineAfterIt()
    {
        var yaml = YamlReader.Read("a.yaml", "schema: 1\nname: a\n[\non: meeting\n");

        Assert.Equal(
            ["a.yaml(4,1): invalid YAML: this line is less indented than a '[' or '{' still open before it; close that bracket, or indent this line"],
            Lines(yaml));
    }

    [Fact]
    public void Read_DocumentEndMarkerOnTheFirstLine_IsInvalidYamlAtThatLine()
    {
        // Reported as "unexpected error: The scanner should contain no more tokens.", with no place.
        var yaml = YamlReader.Read("a.yaml", "...\nschema: 1\nname: a\n");

        Assert.Equal(["a.yaml(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line"], Lines(yaml));
    }

    [Fact]
    public void Read_NestedFiftyThousandLevels_IsOneProblemWhereItGoesTooDeepAndNoStackOverflow()
    {
        // Ended the process with "Stack overflow.".
        var text = "deep: " + new string('[', 50_000) + new string(']', 50_000) + "\nafter: 1\n";

        var yaml = YamlReader.Read("a.yaml", text);

        Assert.False(yaml.IsRead);
        Assert.Equal(["a.yaml(1,70): lists and mappings nested more than 64 deep; a YAML file may nest them 64 levels at most"], Lines(yaml));
    }

    [Fact]
    public void Read_MillionLevelsUnclosed_StopsWhereItGoesTooDeep()
    {
        var yaml = YamlReader.Read("a.yaml", "a: " + new string('{', 1_000_000));

        Assert.Equal(["a.yaml(1,67): lists and mappings nested more than 64 deep; a YAML file may nest them 64 levels at most"], Lines(yaml));
    }

    [Fact]
    public void Read_RepeatedKeyWhoseValueIsTooDeep_StopsWhereItGoesTooDeep()
    {
        var yaml = YamlReader.Read("a.yaml", "a: 1\na: " + new string('[', 100_000));

        Assert.Equal(
            [
                "a.yaml(2,1): duplicate key 'a'; the first is at line 1",
                "a.yaml(2,67): lists and mappings nested more than 64 deep; a YAML file may nest them 64 levels at most",
            ],
            Lines(yaml));
    }

    [Fact]
    public void Read_NestedSixtyFourLevels_Loads()
    {
        var yaml = YamlReader.Read("a.yaml", new string('[', 64) + "x" + new string(']', 64));

        Assert.Empty(Lines(yaml));
        Assert.IsType<YamlSequenceNode>(yaml.Root);
    }

    [Fact]
    public void Read_MappingsNestedTooDeep_IsTheSameProblem()
    {
        var text = string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i * 2) + "a:\n"));

        var yaml = YamlReader.Read("a.yaml", text);

        Assert.Equal(["a.yaml(65,129): lists and mappings nested more than 64 deep; a YAML file may nest them 64 levels at most"], Lines(yaml));
    }

    [Fact]
    public void Read_ValueLongerThan64KB_IsAProblemAtTheValueAndTheRestIsRead()
    {
        var yaml = YamlReader.Read("a.yaml", "long: " + new string('x', 70_000) + "\nnext: 1\n");

        Assert.Equal(["a.yaml(1,7): a value of 70,000 characters; a value may be at most 65,536 characters long"], Lines(yaml));
        var root = Assert.IsType<YamlMappingNode>(yaml.Root);
        Assert.Equal("", ((YamlScalarNode)root["long"]).Value);
        Assert.Equal("1", ((YamlScalarNode)root["next"]).Value);
    }

    [Fact]
    public void Read_KeyLongerThan64KB_IsAProblemAndTheKeyIsDropped()
    {
        var yaml = YamlReader.Read("a.yaml", "? " + new string('k', 70_000) + "\n: value\nnext: 1\n");

        Assert.Equal(["a.yaml(1,3): a value of 70,000 characters; a value may be at most 65,536 characters long"], Lines(yaml));
        Assert.Equal(["next"], ((YamlMappingNode)yaml.Root!).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
    }

    [Fact]
    public void Read_TextOfMoreThanOneMegabyte_IsAProblemWithTheWholeFile()
    {
        var text = "a: " + new string('x', 1024 * 1024) + "\n";

        var yaml = YamlReader.Read("a.yaml", text);

        Assert.False(yaml.IsRead);
        Assert.Equal(["a.yaml: the file is 1,048,580 bytes; a YAML file may be at most 1 MB (1,048,576 bytes)"], Lines(yaml));
    }

    [Fact]
    public void Read_BytesOfMoreThanOneMegabyte_AreNotDecoded()
    {
        var bytes = new byte[(1024 * 1024) + 1];

        var yaml = YamlReader.Read("a.yaml", bytes);

        Assert.Equal(["a.yaml: the file is 1,048,577 bytes; a YAML file may be at most 1 MB (1,048,576 bytes)"], Lines(yaml));
    }

    [Fact]
    public void ReadFile_FileOfMoreThanOneMegabyte_IsRefusedBeforeItIsRead()
    {
        var path = _folder.File("big.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(3L * 1024 * 1024 * 1024);
        }

        var yaml = YamlReader.ReadFile(path);

        Assert.Equal([$"{path}: the file is 3,221,225,472 bytes; a YAML file may be at most 1 MB (1,048,576 bytes)"], Lines(yaml));
    }

    [Fact]
    public void ReadFile_FileOfExactlyOneMegabyte_IsRead()
    {
        var path = _folder.Write("limit.yaml", string.Concat(Enumerable.Repeat("- x\n", 1024 * 1024 / 4)));

        var yaml = YamlReader.ReadFile(path);

        Assert.Equal(1024 * 1024, new FileInfo(path).Length);
        Assert.Empty(Lines(yaml));
        Assert.Equal(1024 * 1024 / 4, ((YamlSequenceNode)yaml.Root!).Children.Count);
    }

    [Fact]
    public void Read_UndefinedAlias_IsAProblemWhereTheAliasIs()
    {
        // Reported at (1,1) as "invalid YAML: the anchor 'nope' does not exists".
        var yaml = YamlReader.Read("a.yaml", "schema: 1\nwhen: *nope\nname: a\n");

        Assert.True(yaml.IsRead);
        Assert.Equal(["a.yaml(2,7): undefined alias '*nope'; an alias repeats a node marked '&nope' before it in the same document"], Lines(yaml));
        Assert.Equal("a", ((YamlScalarNode)((YamlMappingNode)yaml.Root!)["name"]).Value);
    }

    [Fact]
    public void Read_AliasToAnAnchorOfAnotherDocument_IsUndefined()
    {
        var yaml = YamlReader.Read("a.yaml", "--- &a x\n--- [*a]\n");

        Assert.Equal(["a.yaml(2,6): undefined alias '*a'; an alias repeats a node marked '&a' before it in the same document"], Lines(yaml));
    }

    [Fact]
    public void Read_AliasInsideTheNodeItRepeats_IsAProblemNotALoop()
    {
        var yaml = YamlReader.Read("a.yaml", "a: &loop [1, *loop]\n");

        Assert.Equal(
            ["a.yaml(1,14): alias '*loop' is inside the node '&loop' it repeats, which would never end; an alias may only repeat a node written before it"],
            Lines(yaml));
        var list = (YamlSequenceNode)((YamlMappingNode)yaml.Root!)["a"];
        Assert.Equal(["1", ""], list.Children.Select(c => ((YamlScalarNode)c).Value));
    }

    [Fact]
    public void Read_AnchorMarkedAgainOnTheNodeThatRepeatsIt_IsNotALoop()
    {
        var yaml = YamlReader.Read("a.yaml", "a: &x 1\nb: &x [*x]\n");

        Assert.Equal(
            ["a.yaml(2,8): alias '*x' is inside the node '&x' it repeats, which would never end; an alias may only repeat a node written before it"],
            Lines(yaml));
    }

    [Fact]
    public void Read_AliasesThatMultiplyEachOther_AreOneProblemAndLoadNoMore()
    {
        // Billion laughs: nine levels of ten aliases each stand for 10^9 values.
        var text = new StringBuilder("l0: &l0 [lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append(CultureInfo.InvariantCulture, $"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }

        var yaml = YamlReader.Read("a.yaml", text.ToString());

        Assert.Equal(
            ["a.yaml(7,10): alias '*l5' repeats too much: with the aliases before it, the file would be more than 1 MB (1,048,576 characters) written out; write the values out or use fewer aliases"],
            Lines(yaml));
    }

    [Fact]
    public void Read_AliasesWithinTheLimit_RepeatTheirNode()
    {
        var yaml = YamlReader.Read("a.yaml", "base: &b { a: 1 }\ncopies: [*b, *b]\n");

        Assert.Empty(Lines(yaml));
        var copies = (YamlSequenceNode)((YamlMappingNode)yaml.Root!)["copies"];
        Assert.All(copies.Children, c => Assert.Same(((YamlMappingNode)yaml.Root!)["base"], c));
    }

    [Fact]
    public void Read_AliasAsAKey_IsUndefinedAndTheKeyIsDropped()
    {
        var yaml = YamlReader.Read("a.yaml", "*k : 1\nb: 2\n");

        Assert.Equal(["a.yaml(1,1): undefined alias '*k'; an alias repeats a node marked '&k' before it in the same document"], Lines(yaml));
        Assert.Equal(["b"], ((YamlMappingNode)yaml.Root!).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
    }

    [Fact]
    public void Read_AliasRepeatingAKey_IsADuplicateKeyAtTheAlias()
    {
        var yaml = YamlReader.Read("a.yaml", "&k name: 1\n*k : 2\nnext: 3\n");

        Assert.Equal(["a.yaml(2,1): duplicate key 'name'; the first is at line 1"], Lines(yaml));
        Assert.Equal(["name", "next"], ((YamlMappingNode)yaml.Root!).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
    }

    [Fact]
    public void Read_RefusedValue_ReadersSayNothingMoreAtItsPlace()
    {
        var yaml = YamlReader.Read("a.yaml", "when: *nope\n");
        var value = ((YamlMappingNode)yaml.Root!)["when"];

        yaml.Problems.Add(value.Start.Line, value.Start.Column, "'when' needs a C# condition");

        Assert.Equal(["a.yaml(1,7): undefined alias '*nope'; an alias repeats a node marked '&nope' before it in the same document"], Lines(yaml));
    }

    [Fact]
    public void TopLevelLine_UnreadableYaml_FindsTheNameWithoutQuotesOrComment()
    {
        var yaml = YamlReader.Read("a.yaml", "schema: 1\nname: 'welcome'   # mine\non: [meeting\nsteps:\n");

        Assert.False(yaml.IsRead);
        Assert.Equal("welcome", yaml.TopLevelLine("name"));
        Assert.Null(yaml.TopLevelLine("description"));
    }

    public void Dispose() => _folder.Dispose();

    private static List<string> Lines(YamlReader yaml) => [.. yaml.Problems.InOrder().Select(p => p.ToString())];
}
