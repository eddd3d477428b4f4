using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.Cli;

/// <summary>
/// A user's YAML file that YamlDotNet fails on (an unclosed '[', '...' on the first line) beside a good one: every
/// command still loads the good one and the built-ins, names the broken file with its position, and holds back the
/// built-in of the name it claims. These made every command print "unexpected error" and run nothing.
/// </summary>
public sealed class BrokenYamlCommandTests : IDisposable
{
    private const string Unclosed = "schema: 1\nname: welcome\non: [invitation.received\nsteps:\n  - { id: t, tag: x }\n";
    private const string UnclosedProblem = "(3,5): invalid YAML: this '[' is not closed before line 4; close it with ']', or indent the lines inside it further";
    private const string Good = "schema: 1\nname: greet\non: invitation.received\nmax_age: 3650d\nsteps:\n  - { id: tag, tag: greeted }\n";

    private readonly CliSandbox _cli = new();

    private string Folder => _cli.Folder.Folder("mine");

    [Fact]
    public async Task Check_UnclosedBracketInAUserWelcome_PrintsOnePositionedProblem()
    {
        var broken = _cli.Folder.Write("mine/welcome.yaml", Unclosed);
        _cli.Folder.Write("mine/greet.yaml", Good);

        var result = await _cli.RunAsync("check", "--playbooks", Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([broken + UnclosedProblem], result.ErrorLines);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Check_DocumentEndMarkerOnTheFirstLine_PrintsOnePositionedProblem()
    {
        var broken = _cli.Folder.Write("mine/first.yaml", "...\nschema: 1\nname: first\n");

        var result = await _cli.RunAsync("check", broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([broken + "(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line"], result.ErrorLines);
    }

    [Fact]
    public async Task Check_NestedFiftyThousandLevels_PrintsOneProblemAndTheProcessLives()
    {
        // Killed the process with "Stack overflow.".
        var deep = _cli.Folder.Write("mine/deep.yaml", "schema: 1\nname: deep\non: meeting\nsteps: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var result = await _cli.RunAsync("check", deep);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([deep + "(4,71): lists and mappings nested more than 64 deep; a YAML file may nest them 64 levels at most"], result.ErrorLines);
    }

    [Fact]
    public async Task Playbooks_UnclosedBracketInAUserWelcome_ListsTheOthersAndWithholdsTheBuiltInWelcome()
    {
        _cli.Folder.Write("mine/welcome.yaml", Unclosed);
        _cli.Folder.Write("mine/greet.yaml", Good);

        var result = await _cli.RunAsync("playbooks", "--playbooks", Folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        var lines = result.OutputLines;
        Assert.Equal(["NAME", "after-meeting", "keep-in-touch", "met-at-event", "reply-received", "greet", "welcome"], lines[..7].Select(l => l.Split(' ')[0]));
        Assert.EndsWith("ok", lines[5], StringComparison.Ordinal);
        Assert.EndsWith("withheld: welcome.yaml has problems", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("welcome ", lines[7], StringComparison.Ordinal);
        Assert.EndsWith("did not load: welcome.yaml, 1 problem", lines[7], StringComparison.Ordinal);
        Assert.Equal(["6 playbooks, 5 enabled", "1 problem in all: run 'playbook check' to see them."], lines[8..]);
    }

    [Fact]
    public async Task Run_UnclosedBracketInAUserWelcome_RunsTheGoodOneAndTheOtherBuiltInsButNotTheWelcomeAndExitsOne()
    {
        await _cli.ImportExampleZipAsync();
        var broken = _cli.Folder.Write("mine/welcome.yaml", Unclosed);
        _cli.Folder.Write("mine/greet.yaml", Good);

        var result = await _cli.RunAsync("run", "--now", Monday, "--playbooks", Folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [broken + UnclosedProblem, "playbook: not run because of these problems: welcome (see 'playbook check')"],
            result.ErrorLines);
        var runs = await _cli.JsonAsync("runs", "--playbooks", Folder);
        var playbooks = runs.Strings("playbook").Distinct().Order().ToList();
        Assert.Equal(["greet", "reply-received"], playbooks);
        Assert.Empty((await _cli.JsonAsync("drafts")).EnumerateArray());
    }

    [Fact]
    public async Task Tick_DocumentEndMarkerInAUserFile_TicksNamesTheFileAndExitsOne()
    {
        var broken = _cli.Folder.Write("mine/broken.yaml", "...\nschema: 1\n");

        var result = await _cli.RunAsync("tick", "--now", Monday, "--playbooks", Folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [
                broken + "(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line",
                "playbook: not run because of these problems: " + broken + " (see 'playbook check')",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task Run_ConfigYamlWithADocumentEndMarkerFirst_IsOnePositionedProblemNotAnUnexpectedError()
    {
        _cli.WriteConfig("...\nme:\n  signature: Ana\n");

        var result = await _cli.RunAsync("run", "--now", Monday);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([_cli.ConfigFile + "(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line"], result.ErrorLines);
    }

    [Fact]
    public async Task Run_WaitOfTenYearsWithTheLastClock_RunsWithoutADateError()
    {
        _cli.Folder.Write("mine/long.yaml", "schema: 1\nname: long\non: invitation.received\nmax_age: 3650d\nsteps:\n  - { id: wait, wait: 3650d }\n  - { id: call, remind: Call, in: 3650d }\n");
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("run", "--dry-run", "--playbook", "long", "--now", "9999-12-31T23:00Z", "--playbooks", Folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("unexpected error", result.Error, StringComparison.Ordinal);
        Assert.Contains("0 failed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LongestMaxAgeWithTheFirstClock_RunsWithoutADateError()
    {
        _cli.Folder.Write("mine/long.yaml", "schema: 1\nname: long\non: invitation.received\nmax_age: 3650d\nsteps:\n  - { id: tag, tag: x }\n");

        var result = await _cli.RunAsync("run", "--now", "0001-01-02T00:00Z", "--playbooks", Folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
