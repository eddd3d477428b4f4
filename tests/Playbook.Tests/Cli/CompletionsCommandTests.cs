using System.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class CompletionsCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Theory]
    [InlineData("bash", "complete -o default -F _playbook_complete playbook")]
    [InlineData("zsh", "compdef _playbook playbook")]
    [InlineData("fish", "complete -c playbook -a '(__playbook_complete)'")]
    public async Task Completions_Shell_PrintsAScriptThatAsksPlaybookThroughTheSuggestDirective(string shell, string registers)
    {
        var result = await _cli.RunAsync("completions", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"# playbook completions for {shell}.", result.Output, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Output, StringComparison.Ordinal);
        Assert.Contains(registers + "\n", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Completions_UnknownShell_IsAUsageErrorListingTheShells()
    {
        var result = await _cli.RunAsync("completions", "powershell");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'powershell'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'bash', 'zsh', 'fish'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_FirstWordOfACommand_SuggestsTheCommandsItBegins()
    {
        var result = await SuggestAsync("playbook con");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["console", "contacts"], result.OutputLines);
    }

    [Fact]
    public async Task Suggest_AfterImport_SuggestsEveryImportKind()
    {
        var result = await SuggestAsync("playbook import ");

        Assert.Equal(0, result.ExitCode);
        Assert.Superset(
            new HashSet<string>(["linkedin", "vcard", "csv", "profiles", "calendar", "mail", "x", "facebook", "--db"]),
            result.OutputLines.ToHashSet());
    }

    [Fact]
    public async Task Suggest_OptionWithFixedValues_SuggestsTheValues()
    {
        var result = await SuggestAsync("playbook import csv contacts.csv --format ");

        Assert.Equal(["google", "outlook"], result.OutputLines);
    }

    /// <summary>The bash script, sourced in a real bash, completing through the built executable as a shell would.</summary>
    [LinuxFact]
    public async Task BashScript_TabAfterImport_CompletesTheImportKinds()
    {
        var script = _cli.Folder.Write("playbook.bash", (await _cli.RunAsync("completions", "bash")).Output);
        var executable = Path.Combine(AppContext.BaseDirectory, "playbook");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($$"""
            source '{{script}}'
            COMP_WORDS=('{{executable}}' import l); COMP_CWORD=2; COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _playbook_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """);
        info.Environment["HOME"] = _cli.Folder.Folder("home");

        using var bash = Process.Start(info)!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        var error = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();

        Assert.True(bash.ExitCode == 0, error);
        Assert.Equal("linkedin\n", output);
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>What the completion scripts send: the line up to the cursor, and the cursor's position.</summary>
    private Task<CliResult> SuggestAsync(string line) => _cli.RunAsync($"[suggest:{line.Length}]", line);
}
