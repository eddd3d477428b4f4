using Microsoft.Data.Sqlite;
using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.Cli;

/// <summary>
/// What every command does with the store it is given: another application's database and a folder that does not
/// exist are refused, a read-only store is read but not changed, and whatever SQLite says becomes one line naming the
/// file, never an unexpected error.
/// </summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Db_AnotherApplicationsSqliteFile_ExitsOneAndWritesNothingIntoIt()
    {
        var path = _cli.Folder.File("places.sqlite");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('https://example.org');";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);

        var result = await _cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip, "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{path}: is a database of another application, not a Playbook store (it has table moz_places); it was left untouched: give --db (or PLAYBOOK_DB) a Playbook store or a new file\n",
            result.Error);
        Assert.Equal("", result.Output);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal"));
        Assert.False(File.Exists(path + "-shm"));
    }

    [Fact]
    public async Task Db_APlaybookStoreWhoseSchemaPageIsDamaged_SaysItIsDamagedAndHowToRecoverIt()
    {
        var path = _cli.Folder.File("playbook.db");
        Assert.Equal(0, (await _cli.RunAsync("import", "vcard", System.IO.Path.Combine(RepoPaths.Examples, "contacts.vcf"), "--db", path)).ExitCode);
        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(100, 2000).Fill(0x5A);
        File.WriteAllBytes(path, bytes);

        var result = await _cli.RunAsync("contacts", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{path}: is a Playbook store, but damaged (database disk image is malformed); it was left untouched: restore it from a copy, "
                + $"or recover what it holds into a new store with: sqlite3 '{path}' .recover | sqlite3 recovered.db\n",
            result.Error);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Db_InAFolderThatDoesNotExist_ExitsOneAndCreatesNoFolder()
    {
        var path = _cli.Folder.File("Documnets/playbook/playbook.db");

        var result = await _cli.RunAsync("contacts", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{path}: the folder {_cli.Folder.File("Documnets/playbook")} does not exist; create it, or fix the path given by --db or PLAYBOOK_DB\n",
            result.Error);
        Assert.False(Directory.Exists(_cli.Folder.File("Documnets")));
    }

    [Fact]
    public async Task PlaybookDb_InAFolderThatDoesNotExist_ExitsOneAndCreatesNoFolder()
    {
        var path = _cli.Folder.File("nowhere/playbook.db");
        _cli.Set("PLAYBOOK_DB", path);

        var result = await _cli.RunAsync("contacts");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{path}: the folder ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.Folder.File("nowhere")));
    }

    [UnixFact]
    public async Task DefaultStore_FirstUse_CreatesTheDataFolderForItsOwnerOnly()
    {
        var result = await _cli.RunAsync("contacts");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_cli.DefaultDatabase));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, UnixFile.Mode(Path.GetDirectoryName(_cli.DefaultDatabase)!));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, UnixFile.Mode(_cli.DefaultDatabase));
    }

    [UnixFact]
    public async Task ReadOnlyStore_CommandsThatOnlyRead_Work()
    {
        await _cli.ImportAndRunAsync();
        UnixFile.SetMode(_cli.DefaultDatabase, UnixFileMode.UserRead);
        string[][] reads =
        [
            ["contacts"], ["contacts", "show", "1"], ["contacts", "duplicates"], ["events"], ["drafts"], ["runs"], ["journal", "1"], ["tasks"],
            ["stats"], ["me"], ["losing-touch", "--now", Monday], ["export", "csv", _cli.Folder.File("out.csv")], ["run", "--dry-run", "--now", Monday],
            ["tick", "--dry-run", "--now", "2026-12-08T08:00Z"], ["why", "1", "--now", Monday],
        ];

        foreach (var args in reads)
        {
            var result = await _cli.RunAsync(args);

            Assert.True(result.ExitCode == 0 && result.Error.Length == 0 || args[0] == "export", $"{string.Join(' ', args)}: {result}");
        }

        Assert.True(File.Exists(_cli.Folder.File("out.csv")));
        Assert.Equal(["playbook.db"], Directory.GetFiles(Path.GetDirectoryName(_cli.DefaultDatabase)!).Select(Path.GetFileName));
    }

    [UnixFact]
    public async Task ReadOnlyStore_CommandsThatWrite_ExitOneSayingSoInOneLine()
    {
        await _cli.ImportAndRunAsync();
        UnixFile.SetMode(_cli.DefaultDatabase, UnixFileMode.UserRead);
        var before = File.ReadAllBytes(_cli.DefaultDatabase);
        string[][] writes =
        [
            ["contacts", "tag", "1", "friend"], ["contacts", "stage", "1", "replied"], ["event", "add", "note", "--contact", "1", "--body", "met"],
            ["draft", "sent", "1"], ["draft", "discard", "1"], ["task", "done", "1"], ["contacts", "merge", "1", "2"],
            ["run", "--now", Monday], ["tick", "--now", Monday], ["reclassify"],
            ["import", "linkedin", RepoPaths.ExampleZip],
        ];

        foreach (var args in writes)
        {
            var result = await _cli.RunAsync(args);

            Assert.True(result.ExitCode == 1, $"{string.Join(' ', args)}: {result}");
            Assert.Equal(
                $"{_cli.DefaultDatabase}: the store is read-only (the file is write-protected) and this would change it, so nothing was done; give it write access to do this\n",
                result.Error);
        }

        Assert.Equal(before, File.ReadAllBytes(_cli.DefaultDatabase));
    }

    [UnixFact]
    public async Task RunDryRun_ReadOnlyStore_PrintsEachRunsStoryAndKeepsNothing()
    {
        await _cli.ImportExampleZipAsync();
        UnixFile.SetMode(_cli.DefaultDatabase, UnixFileMode.UserRead);

        var result = await _cli.RunAsync("run", "--dry-run", "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("dry run, nothing was kept: 19 runs started, 15 drafts, 3 tasks, 15 waiting, 4 done, 0 failed", result.OutputLines[^2]);
        Assert.Equal("[]\n", (await _cli.RunAsync("runs", "--json")).Output);
    }

    [Fact]
    public async Task RunAsync_StoreWithATableMissing_SaysTheStoreFailedInOneLineNotAnUnexpectedError()
    {
        await _cli.ImportExampleZipAsync();
        using (var connection = new SqliteConnection($"Data Source={_cli.DefaultDatabase};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE tasks;";
            command.ExecuteNonQuery();
        }

        var result = await _cli.RunAsync("tasks");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{_cli.DefaultDatabase}: the store failed (no such table: tasks); run again with --debug for the details\n", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
