using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary><c>enable</c> / <c>disable</c>: a playbook switched off loads and is checked but does not run.</summary>
public sealed class EnableCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Disable_Welcome_ItNoLongerRunsUntilEnabledAgain()
    {
        await _cli.ImportExampleZipAsync();

        var off = await _cli.RunAsync("disable", "welcome");
        var listed = await _cli.RunAsync("playbooks");
        var run = await _cli.RunAsync("run", "--now", RuntimeTestData.Monday);
        var on = await _cli.RunAsync("enable", "welcome");
        var again = await _cli.RunAsync("run", "--now", RuntimeTestData.Monday);

        Assert.Equal("welcome is off: it no longer runs ('playbook enable welcome' switches it back on)", off.OutputLines.Single());
        Assert.Contains(listed.OutputLines, l => l.StartsWith("welcome ", StringComparison.Ordinal) && l.EndsWith("off — 'playbook enable welcome'", StringComparison.Ordinal));
        Assert.StartsWith("4 runs started, 0 drafts", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal("welcome is on: it runs again", on.OutputLines.Single());
        Assert.StartsWith("15 runs started, 15 drafts", again.OutputLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_UnknownName_SaysWhichItMeant()
    {
        var result = await _cli.RunAsync("disable", "welcom");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: unknown playbook 'welcom'. Did you mean 'welcome'?; list them with 'playbook playbooks'", result.Error.Trim());
    }

    public void Dispose() => _cli.Dispose();
}
