using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class PlaybookCliTests : IDisposable
{
    private const string StageList = "'new', 'contacted', 'replied', 'conversation', 'meeting', 'collaboration', 'dormant'";
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task RunAsync_UnknownCommand_ExitsTwoWithOneLineAndTouchesNoStore()
    {
        var result = await _cli.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("playbook: ", line, StringComparison.Ordinal);
        Assert.Contains("'frobnicate'", line, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.False(File.Exists(_cli.DefaultDatabase));
    }

    [Theory]
    [InlineData("contacts", "--now", "yesterday")]
    [InlineData("--now", "yesterday", "contacts")]
    [InlineData("event", "add", "note", "--contact", "1", "--at", "yesterday")]
    public async Task RunAsync_InstantThatIsNotIso8601_ExitsTwoSayingWhatIsExpected(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("playbook: 'yesterday' is not an ISO 8601 instant such as 2026-11-30T08:00Z or 2026-11-30\n", result.Error);
    }

    [Theory]
    [InlineData("contacts", "--stage", "won")]
    [InlineData("contacts", "stage", "1", "won")]
    public async Task RunAsync_UnknownStage_ExitsTwoListingTheStagesOnOneLine(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"playbook: Argument 'won' not recognized. Must be one of: {StageList}\n", result.Error);
    }

    [Theory]
    [InlineData("events", "--kind", "call")]
    [InlineData("event", "add", "contact.imported", "--contact", "1")]
    [InlineData("event", "add", "note")]
    [InlineData("contacts", "show")]
    [InlineData("contacts", "tag", "1")]
    [InlineData("import", "linkedin")]
    [InlineData("me", "extra")]
    [InlineData("contacts", "--limit", "many")]
    public async Task RunAsync_WrongCommandLine_ExitsTwoWithOneLinePerProblem(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.ErrorLines);
        Assert.All(result.ErrorLines, line => Assert.StartsWith("playbook: ", line, StringComparison.Ordinal));
        Assert.False(File.Exists(_cli.DefaultDatabase));
    }

    [Fact]
    public async Task RunAsync_MissingRequiredOption_NamesIt()
    {
        var result = await _cli.RunAsync("event", "add", "note");

        Assert.Equal("playbook: Option '--contact' is required.\n", result.Error);
    }

    [Theory]
    [InlineData("contacts", "show", "999")]
    [InlineData("contacts", "tag", "999", "client")]
    [InlineData("contacts", "stage", "999", "meeting")]
    [InlineData("events", "--contact", "999")]
    [InlineData("event", "add", "note", "--contact", "999")]
    public async Task RunAsync_MissingContact_ExitsOneWithOneLine(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: no contact '999' in the store; list them with 'playbook contacts'\n", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task RunAsync_Debug_AddsTheStackTrace()
    {
        var result = await _cli.RunAsync("contacts", "show", "999", "--debug");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: no contact '999' in the store; list them with 'playbook contacts'", result.ErrorLines[0]);
        Assert.Contains("Playbook.Engine.Store.NotFoundException", result.Error, StringComparison.Ordinal);
        Assert.Contains("   at Playbook.Engine.Store.ContactQueries.Get(", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithoutDebug_ShowsNoStackTrace()
    {
        var result = await _cli.RunAsync("contacts", "show", "999");

        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StoreOfANewerBuild_ExitsOneSayingToUpgrade()
    {
        var path = _cli.Folder.File("newer.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {Migrations.Latest + 5}; PRAGMA application_id = {ContactStore.ApplicationId}; CREATE TABLE t (x);";
            command.ExecuteNonQuery();
        }

        var result = await _cli.RunAsync("contacts", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{path}: has schema version {Migrations.Latest + 5}, newer than this build of playbook understands ({Migrations.Latest}); upgrade playbook to open it\n",
            result.Error);
    }

    [Fact]
    public async Task RunAsync_StoreThatIsNotADatabase_ExitsOneWithOneLine()
    {
        var path = _cli.Folder.Write("notes.db", "these are my notes, not a database\n" + new string('x', 200));

        var result = await _cli.RunAsync("contacts", "--db", path);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{path}: cannot be opened as a Playbook store (", line, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
