using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>Received messages are classified when stored, explainably, and again by <c>reclassify</c> after the rules change.</summary>
public sealed class ReclassifyCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Import_ExampleExport_ClassifiesEveryReceivedMessageWithItsCues()
    {
        await _cli.ImportExampleZipAsync();

        var received = (await _cli.JsonAsync("events", "--kind", "message.received")).EnumerateArray().ToList();

        Assert.NotEmpty(received);
        Assert.All(received, e =>
        {
            Assert.Contains(e.GetProperty("classification").GetString(), Engine.Analysis.Replies.ReplyLabels.All);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("classificationReason").GetString()));
        });
        Assert.Contains(received, e => e.GetProperty("classification").GetString() == "engaged");
        Assert.Contains(received, e => e.GetProperty("classification").GetString() == "brush-off");
        Assert.Equal("conversation", (await _cli.JsonAsync("contacts", "show", CliTestData.Lucia)).GetProperty("stage").GetString());
        Assert.NotEmpty((await _cli.JsonAsync("contacts", "--stage", "contacted")).EnumerateArray());
    }

    [Fact]
    public async Task EventAdd_AReply_IsClassifiedWhenStored()
    {
        await _cli.ImportExampleZipAsync();

        var added = await _cli.JsonAsync("event", "add", "message.received", "--contact", CliTestData.Lucia, "--body", "¿Hablamos el jueves a las 10?");

        Assert.Equal("engaged", added.GetProperty("classification").GetString());
        Assert.StartsWith("a question (", added.GetProperty("classificationReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reclassify_WithARuleOfTheUsers_ChangesTheMessagesItDecides()
    {
        await _cli.ImportExampleZipAsync();
        await _cli.RunAsync("event", "add", "message.received", "--contact", CliTestData.Lucia, "--body", "Trabajo para un competidor vuestro, lo siento");
        Directory.CreateDirectory(Path.GetDirectoryName(_cli.ConfigFile)!);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_cli.ConfigFile)!, "reply-rules.yaml"), """
            rules:
              - label: negative
                cue: works for a competitor
                patterns:
                  - '\bcompetidor\b'
            """);

        var result = await _cli.RunAsync("reclassify");
        var events = (await _cli.JsonAsync("events", "--kind", "message.received")).EnumerateArray().ToList();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^\d+ received messages classified, 1 changed: \d+ auto, \d+ negative, \d+ engaged, \d+ brush-off, \d+ unknown$", result.OutputLines[0]);
        var competitor = events.Single(e => e.GetProperty("body").GetString()!.Contains("competidor", StringComparison.Ordinal));
        Assert.Equal(("negative", "works for a competitor (\"trabajo para un competidor vuestro, lo siento\")"),
            (competitor.GetProperty("classification").GetString(), competitor.GetProperty("classificationReason").GetString()));
    }

    [Fact]
    public async Task AnyCommand_WithABrokenRulesFile_ExitsOneNamingTheFileAndPosition()
    {
        var rules = Path.Combine(Path.GetDirectoryName(_cli.ConfigFile)!, "reply-rules.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        File.WriteAllText(rules, "rules:\n  - label: angry\n    cue: x\n    patterns: ['x']\n");

        var result = await _cli.RunAsync("reclassify");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{rules}(2,12): label 'angry' should be one of ignore, auto, negative, engaged, brush-off, return, later, referral\n", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
