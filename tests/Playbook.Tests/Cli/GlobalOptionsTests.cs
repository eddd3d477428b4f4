using Playbook.Engine.Store;
using Playbook.Tests.Support;
using Playbook.Tui.Cli;

namespace Playbook.Tests.Cli;

public sealed class GlobalOptionsTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Json_BeforeOrAfterTheCommand_PrintsTheSame()
    {
        await _cli.ImportExampleAsync();

        var before = await _cli.RunAsync("--json", "contacts", "pena");
        var after = await _cli.RunAsync("contacts", "pena", "--json");
        var between = await _cli.RunAsync("contacts", "--json", "pena");

        Assert.Equal(0, before.ExitCode);
        Assert.StartsWith("[", before.Output, StringComparison.Ordinal);
        Assert.Equal(before.Output, after.Output);
        Assert.Equal(before.Output, between.Output);
    }

    [Fact]
    public async Task Db_BeforeOrAfterTheCommand_UsesThatStoreOnly()
    {
        var db = Path.Combine(_cli.Folder.Folder("elsewhere"), "mine.db");
        var imported = await _cli.RunAsync("--db", db, "import", "linkedin", RepoPaths.OrgSignal("2023_Connections.csv"));

        var before = await _cli.RunAsync("--db", db, "contacts", "--json");
        var after = await _cli.RunAsync("contacts", "--json", "--db", db);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(3, before.Json().GetArrayLength());
        Assert.Equal(before.Output, after.Output);
        Assert.False(File.Exists(_cli.DefaultDatabase));
    }

    [Fact]
    public async Task Db_NotGiven_UsesTheStoreInTheXdgDataFolder()
    {
        await _cli.RunAsync("import", "linkedin", RepoPaths.OrgSignal("2023_Connections.csv"));

        using var store = ContactStore.Open(_cli.DefaultDatabase, TimeProvider.System);

        Assert.Equal(3, store.Contacts.Count());
    }

    [Fact]
    public async Task Db_FromTheEnvironment_IsUsedUnlessTheOptionIsGiven()
    {
        var fromEnvironment = _cli.Folder.File("env.db");
        var fromOption = _cli.Folder.File("option.db");
        _cli.Set("PLAYBOOK_DB", fromEnvironment);
        await _cli.RunAsync("import", "linkedin", RepoPaths.OrgSignal("2023_Connections.csv"));

        var viaEnvironment = await _cli.RunAsync("contacts", "--json");
        var viaOption = await _cli.RunAsync("contacts", "--json", "--db", fromOption);

        Assert.Equal(3, viaEnvironment.Json().GetArrayLength());
        Assert.Equal(0, viaOption.Json().GetArrayLength());
        Assert.True(File.Exists(fromEnvironment));
        Assert.False(File.Exists(_cli.DefaultDatabase));
    }

    [Fact]
    public async Task Now_BeforeOrAfterTheCommand_IsTheClockOfTheCommand()
    {
        await _cli.ImportExampleAsync();

        var before = await _cli.RunAsync("--now", "2026-12-24T18:00:00+01:00", "event", "add", "note", "--contact", CliTestData.Lucia, "--json");
        var after = await _cli.RunAsync("event", "add", "note", "--contact", CliTestData.Lucia, "--json", "--now", "2026-12-25");

        Assert.Equal("2026-12-24T17:00:00+00:00", before.Json().GetProperty("at").GetString());
        Assert.Equal("2026-12-25T00:00:00+00:00", after.Json().GetProperty("at").GetString());
    }

    [Theory]
    [InlineData("--playbooks", "my-playbooks", "contacts")]
    [InlineData("contacts", "--playbooks", "my-playbooks")]
    [InlineData("--debug", "contacts")]
    [InlineData("contacts", "--debug")]
    public async Task OtherGlobalOptions_AnywhereOnTheLine_AreAccepted(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("No contacts match.\n", result.Output);
    }

    [Theory]
    [InlineData("2026-11-30T08:00Z", "2026-11-30T08:00:00+00:00")]
    [InlineData("2026-11-30T09:00:00+01:00", "2026-11-30T08:00:00+00:00")]
    [InlineData("2026-11-30", "2026-11-30T00:00:00+00:00")]
    [InlineData("2026-11-30T08:00", "2026-11-30T08:00:00+00:00")]
    public void TryParseInstant_Iso8601_IsTheInstantWithoutOffsetMeaningUtc(string text, string expected)
    {
        Assert.True(GlobalOptions.TryParseInstant(text, out var instant));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("2026-13-01")]
    public void TryParseInstant_NotAnInstant_IsFalse(string? text)
    {
        Assert.False(GlobalOptions.TryParseInstant(text, out _));
    }

    public void Dispose() => _cli.Dispose();
}
