using System.CommandLine;
using Playbook.Tui.Cli;

namespace Playbook.Tests.Cli;

/// <summary>
/// A line of global options alone opens the desk, and is parsed by a root without the commands
/// (<see cref="PlaybookCli.BuildDeskRoot"/>): it must parse such a line exactly as the whole command line does.
/// </summary>
public sealed class DeskLineTests
{
    /// <summary>Lines of global options alone, well formed or not (arguments separated by spaces).</summary>
    public static TheoryData<string> DeskLines => new()
    {
        "",
        "--db store.db",
        "--db=store.db --json",
        "--now 2026-11-30T08:00Z --debug",
        "--now=2026-11-30 --playbooks mine --db other.db",
        "--now yesterday",
        "--now=",
        "--db",
        "--now",
        "--json --db",
        "--db a.db --db b.db",
        "--now 2026-11-30 --now 2026-12-01",
        "--json --json --debug",
        "--db --json",
        "--playbooks --debug --db x",
        "--db=run --playbooks=check",
    };

    [Fact]
    public void CommandNames_AreTheNamesAndAliasesOfTheRootsCommands()
    {
        var root = PlaybookCli.BuildRoot(Host());

        var names = root.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)).Order(StringComparer.Ordinal);

        Assert.Equal(names, PlaybookCli.CommandNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(true, "--db", "store.db", "--json")]
    [InlineData(true, "--now=2026-11-30", "--debug", "--playbooks", "mine")]
    [InlineData(true, "--db")]
    [InlineData(false, "contacts")]
    [InlineData(false, "--db", "store.db", "run")]
    [InlineData(false, "--db", "run")]
    [InlineData(false, "--playbooks", "check")]
    [InlineData(false, "--help")]
    [InlineData(false, "--version")]
    [InlineData(false, "-h")]
    [InlineData(false, "--dbx")]
    [InlineData(false, "--", "--db")]
    [InlineData(false, "@options.rsp")]
    [InlineData(false, "frobnicate")]
    public void IsDeskLine_Line_SaysWhetherItHoldsGlobalOptionsAlone(bool expected, params string[] args)
    {
        var desk = PlaybookCli.IsDeskLine(args);

        Assert.Equal(expected, desk);
    }

    [Theory]
    [MemberData(nameof(DeskLines))]
    public void BuildDeskRoot_DeskLine_ParsesAsTheWholeCommandLineDoes(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(PlaybookCli.IsDeskLine(args));
        var whole = PlaybookCli.BuildRoot(Host()).Parse(args);

        var desk = PlaybookCli.BuildDeskRoot(Host(), args).Parse(args);

        Assert.Equal(whole.Errors.Select(e => e.Message), desk.Errors.Select(e => e.Message));
        Assert.Equal(whole.Action?.GetType(), desk.Action?.GetType());
        Assert.Same(whole.RootCommandResult.Command, whole.CommandResult.Command);
        Assert.Same(desk.RootCommandResult.Command, desk.CommandResult.Command);
        if (whole.Errors.Count == 0)
        {
            Assert.Equal(whole.GetValue<string?>("--db"), desk.GetValue<string?>("--db"));
            Assert.Equal(whole.GetValue<DateTimeOffset?>("--now"), desk.GetValue<DateTimeOffset?>("--now"));
            Assert.Equal(whole.GetValue<string?>("--playbooks"), desk.GetValue<string?>("--playbooks"));
            Assert.Equal(whole.GetValue<bool>("--json"), desk.GetValue<bool>("--json"));
            Assert.Equal(whole.GetValue<bool>("--debug"), desk.GetValue<bool>("--debug"));
        }
    }

    [Fact]
    public void BuildDeskRoot_DeskLineWithAnError_SaysWhatTheWholeCommandLineSays()
    {
        var desk = PlaybookCli.BuildDeskRoot(Host(), ["--now", "yesterday"]).Parse(["--now", "yesterday"]);

        var error = Assert.Single(desk.Errors);
        Assert.Equal("'yesterday' is not an ISO 8601 instant such as 2026-11-30T08:00Z or 2026-11-30", error.Message);
    }

    [Fact]
    public void BuildDeskRoot_NotOnATerminal_PrintsTheWholeCommandLinesUsage()
    {
        using var output = new StringWriter();
        var root = PlaybookCli.BuildDeskRoot(Host(output), ["--db", "store.db"]);

        var exitCode = root.Parse(["--db", "store.db"]).Invoke(new InvocationConfiguration { Output = output, Error = TextWriter.Null });

        Assert.Equal(0, exitCode);
        Assert.Contains("Commands:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("import", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("completions", output.ToString(), StringComparison.Ordinal);
    }

    private static CommandHost Host(TextWriter? output = null) =>
        new(new GlobalOptions(), TextReader.Null, output ?? TextWriter.Null, TextWriter.Null, _ => null);
}
