using System.Text.Json;
using System.Text.RegularExpressions;
using Playbook.Engine.Catalog;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed partial class TestCommandTests : IDisposable
{
    private const string UserFolder = "config/playbook/playbooks";

    private const string FailingTest = """
        contacts:
          maria: { first_name: Maria, location: "London, United Kingdom" }
        tests:
          - name: the welcome is in Spanish
            events:
              - { contact: maria, kind: invitation.received, ago: 1h }
            steps:
              - run:
                expect:
                  drafts: [{ playbook: welcome, language: es }]
        """;

    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Test_NoPath_RunsTheBuiltInsTestsAndPasses()
    {
        var result = await _cli.RunAsync("test");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("built-in/welcome.test.yaml", result.OutputLines);
        Assert.Contains("  ok    the nudge comes exactly 7 days after the welcome was sent, not at 6", result.OutputLines);
        Assert.Matches(@"^\d+ tests: \d+ passed, 0 failed$", result.OutputLines[^1]);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Test_AFailingExpectation_ExitsOneWithTheFailureAtItsPlace()
    {
        var file = _cli.Folder.Write("mine/welcome-es.test.yaml", FailingTest);

        var result = await _cli.RunAsync("test", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                file,
                "  FAIL  the welcome is in Spanish",
                $"{file}(10,51): draft welcome/welcome for maria: expected language 'es'; it is 'en'",
                "1 test: 0 passed, 1 failed",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task Test_Json_PrintsOneDocumentWithTheFailure()
    {
        var file = _cli.Folder.Write("mine/welcome-es.test.yaml", FailingTest);

        var result = await _cli.RunAsync("test", file, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal((0, 1), (root.GetProperty("passed").GetInt32(), root.GetProperty("failed").GetInt32()));
        var test = root.GetProperty("files")[0].GetProperty("tests")[0];
        Assert.Equal("the welcome is in Spanish", test.GetProperty("name").GetString());
        var failure = test.GetProperty("failures")[0];
        Assert.Equal((10, 51, "es", "en"), (failure.GetProperty("line").GetInt32(), failure.GetProperty("column").GetInt32(), failure.GetProperty("expected").GetString(), failure.GetProperty("actual").GetString()));
    }

    [Fact]
    public async Task Test_FileWithMistakes_ExitsOneWithEachOnStderr()
    {
        var file = _cli.Folder.Write("mine/bad.test.yaml", "contacts:\n  maria: { first_name: Maria }\ntests:\n  - name: x\n    steps:\n      - after: 7 days\n");

        var result = await _cli.RunAsync("test", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}(6,16): 'after': '7 days' is not a duration: write it without spaces, as in 1d12h\n", result.Error);
        Assert.Equal([$"{file}: not run: it has problems (above)", "0 tests: 0 passed, 0 failed; 1 problem in the files"], result.OutputLines);
    }

    [Fact]
    public async Task Test_UserWelcomeReplacesTheBuiltIn_SkipsTheBuiltInWelcomeTest()
    {
        var welcome = File.ReadAllText(Path.Combine(RepoPaths.Root, "playbooks", "welcome.yaml"));
        _cli.Folder.Write($"{UserFolder}/welcome.yaml", welcome.Replace("wait: 7d", "wait: 5d", StringComparison.Ordinal));

        var result = await _cli.RunAsync("test");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("built-in/welcome.test.yaml: skipped: your playbook 'welcome' (", StringComparison.Ordinal) && l.EndsWith(") replaces the built-in one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Test_TestFileInTheUserFolder_IsRunAndNotReadAsAPlaybook()
    {
        _cli.Folder.Write($"{UserFolder}/welcome-es.test.yaml", FailingTest);

        var tested = await _cli.RunAsync("test");
        var listed = await _cli.RunAsync("playbooks");
        var checkedFolder = await _cli.RunAsync("check");

        Assert.Equal(1, tested.ExitCode);
        Assert.Contains(tested.OutputLines, l => l.EndsWith("(10,51): draft welcome/welcome for maria: expected language 'es'; it is 'en'", StringComparison.Ordinal));
        Assert.Equal("5 playbooks, 5 enabled", listed.OutputLines[^1]);
        Assert.True(checkedFolder.ExitCode == 0, checkedFolder.ToString());
    }

    [Fact]
    public async Task Check_TestFileWithAMistake_IsReportedWithThePlaybooks()
    {
        var file = _cli.Folder.Write($"{UserFolder}/welcome.test.yaml", "contacts:\n  maria: { first_name: Maria }\ntests:\n  - name: x\n    stpes: []\n");

        var result = await _cli.RunAsync("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}(5,5): unknown key 'stpes'. Did you mean 'steps'?\n", result.Error);
    }

    [Fact]
    public async Task Check_ATestFileNamedOnItsOwn_IsCheckedAsATest()
    {
        var good = _cli.Folder.Write("mine/welcome-es.test.yaml", FailingTest);
        var bad = _cli.Folder.Write("mine/bad.test.yaml", "tests: [{ name: x, steps: [{ tik: }] }]\n");

        var passed = await _cli.RunAsync("check", good);
        var failed = await _cli.RunAsync("check", bad);

        Assert.True(passed.ExitCode == 0, passed.ToString());
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal($"{bad}(1,30): unknown key 'tik'. Did you mean 'tick'?\n", failed.Error);
    }

    [Fact]
    public async Task NewTest_ACopyOfTheWelcome_WritesAStarterThatPasses()
    {
        var welcome = File.ReadAllText(Path.Combine(RepoPaths.Root, "playbooks", "welcome.yaml"));
        _cli.Folder.Write($"{UserFolder}/my-welcome.yaml", welcome.Replace("name: welcome", "name: my-welcome", StringComparison.Ordinal));

        var written = await _cli.RunAsync("new", "test", "my-welcome");
        var file = _cli.Folder.File($"{UserFolder}/my-welcome.test.yaml");
        var again = await _cli.RunAsync("new", "test", "my-welcome");
        var tested = await _cli.RunAsync("test", file);

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal([$"wrote {file}", $"run it with 'playbook test {file}'"], written.OutputLines);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal($"playbook: {file} exists already; choose another name or edit it\n", again.Error);
        Assert.True(tested.ExitCode == 0, tested.ToString());
        Assert.Equal("1 test: 1 passed, 0 failed", tested.OutputLines[^1]);
    }

    [Fact]
    public async Task NewTest_ABuiltInsName_WritesTheBuiltInsOwnTests()
    {
        var written = await _cli.RunAsync("new", "test", "welcome");

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "playbooks", "welcome.test.yaml")),
            File.ReadAllText(_cli.Folder.File($"{UserFolder}/welcome.test.yaml")));
    }

    [Fact]
    public async Task NewTest_BadName_ExitsOne()
    {
        var result = await _cli.RunAsync("new", "test", "Welcome Test");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: 'Welcome Test' should be lower-case letters, digits, '-' and '_', such as 'welcome'\n", result.Error);
    }

    [Fact]
    public async Task Schema_Test_PrintsTheTestFileSchemaAsShipped()
    {
        var result = await _cli.RunAsync("schema", "--test");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "playbooks", "playbook-test.schema.json")), result.Output);
        Assert.Equal(BuiltInPlaybooks.TestSchema, result.Output);
    }

    [Fact]
    public async Task Docs_TheExamplePlaybookAndItsTest_Pass()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "testing-playbooks.md")).ReplaceLineEndings("\n");
        var blocks = YamlBlock().Matches(docs).Select(m => m.Groups["yaml"].Value).ToList();
        _cli.Folder.Write($"{UserFolder}/founders-first.yaml", blocks[0]);
        var test = _cli.Folder.Write($"{UserFolder}/founders-first.test.yaml", blocks[1]);

        var result = await _cli.RunAsync("test", test);
        var all = await _cli.RunAsync("test");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("2 tests: 2 passed, 0 failed", result.OutputLines[^1]);
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Contains("  ok    a founder gets a welcome, and a call two days after it is sent", all.OutputLines);
    }

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex("```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
