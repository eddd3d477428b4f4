using Playbook.Engine.Analysis.Replies;
using Playbook.Tests.Support;

namespace Playbook.Tests.Analysis;

/// <summary>reply-rules.yaml as broken or hostile as a playbook may be: the same limits, the same positioned problems.</summary>
public sealed class ReplyRulesHostileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("...\nrules: []\n", "reply-rules.yaml(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line")]
    [InlineData("rules:\n  - label: auto\n    patterns: [a, b\n    cue: x\n",
        "reply-rules.yaml(3,15): invalid YAML: this '[' is not closed before line 4; close it with ']', or indent the lines inside it further")]
    [InlineData("rules: *all\n", "reply-rules.yaml(1,8): undefined alias '*all'; an alias repeats a node marked '&all' before it in the same document")]
    public void Parse_TextYamlDotNetOrTheLimitsRefuse_IsAReplyRulesExceptionWithThePosition(string yaml, string problem)
    {
        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Parse(yaml, "reply-rules.yaml"));

        Assert.Equal(problem, error.Message);
    }

    [Fact]
    public void Load_FileOfMoreThanOneMegabyte_IsOneProblemWithTheWholeFile()
    {
        var path = _folder.Write("reply-rules.yaml", "rules: []\n" + new string('#', 1024 * 1024) + "\n");

        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Load(path));

        Assert.Equal($"{path}: the file is 1,048,587 bytes; a YAML file may be at most 1 MB (1,048,576 bytes)", error.Message);
    }

    [Fact]
    public void Load_NotUtf8_IsOneProblemWithTheWholeFile()
    {
        // Read as text before, with the bad byte turned into a replacement character: now strict, as every YAML file.
        var path = _folder.Write("reply-rules.yaml", [.. "rules:\n  - label: auto\n    cue: caf"u8, 0xE9, (byte)'\n']);

        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Load(path));

        Assert.Equal($"{path}: not UTF-8 text; save the file as UTF-8", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
