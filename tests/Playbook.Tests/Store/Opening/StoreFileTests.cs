using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Opening;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store.Opening;

/// <summary>Which files Playbook takes as its store, and the databases of other applications it refuses and leaves untouched.</summary>
public sealed class StoreFileTests
{
    [Fact]
    public void ApplicationId_IsPlBkInAscii()
    {
        var bytes = BitConverter.GetBytes(ContactStore.ApplicationId);

        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        Assert.Equal("PlBk", System.Text.Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void Open_NewFile_IsMarkedWithPlaybooksApplicationId()
    {
        using var folder = new TempFolder();
        var path = folder.File("playbook.db");

        using (ContactStore.Open(path, TimeProvider.System))
        {
        }

        Assert.Equal((long)ContactStore.ApplicationId, Scalar(path, "PRAGMA application_id"));
    }

    [Fact]
    public void Open_AnotherApplicationsDatabase_IsRefusedAndLeftUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("places.sqlite");
        Execute(path, """
            CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);
            CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER);
            CREATE TABLE moz_origins (id INTEGER PRIMARY KEY, host TEXT);
            CREATE TABLE moz_keywords (id INTEGER PRIMARY KEY, keyword TEXT);
            INSERT INTO moz_places (url) VALUES ('https://example.org');
            """);
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Equal(
            $"{path}: is a database of another application, not a Playbook store (it has tables moz_bookmarks, moz_keywords, moz_origins and 1 more); it was left untouched: give --db (or PLAYBOOK_DB) a Playbook store or a new file",
            error.Message);
        Assert.Equal(StoreFault.Unusable, error.Fault);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["places.sqlite"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_AnotherApplicationsDatabaseInWriteAheadLogMode_MakesNoFileBesideIt()
    {
        using var folder = new TempFolder();
        var path = folder.File("other.db");
        Execute(path, "PRAGMA journal_mode = WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');");
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Contains("(it has table notes)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["other.db"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_DatabaseMarkedByAnotherApplication_IsRefusedNamingItsId()
    {
        using var folder = new TempFolder();
        var path = folder.File("marked.db");
        Execute(path, "PRAGMA application_id = 1598903374;");

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Equal(
            $"{path}: is a database of another application, not a Playbook store (its application id is 0x5F4D544E, not Playbook's); it was left untouched: give --db (or PLAYBOOK_DB) a Playbook store or a new file",
            error.Message);
        Assert.Equal(1598903374L, Scalar(path, "PRAGMA application_id"));
    }

    [Fact]
    public void Open_DatabaseWithAUserVersionAndNoTables_IsRefused()
    {
        using var folder = new TempFolder();
        var path = folder.File("versioned.db");
        Execute(path, "PRAGMA user_version = 3;");

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Contains("not a Playbook store (its user_version is 3 and it has no tables)", error.Message, StringComparison.Ordinal);
        Assert.Equal(3L, Scalar(path, "PRAGMA user_version"));
    }

    [Fact]
    public void Open_DatabaseWithAnEarlierVersionButNotPlaybooksTables_IsRefused()
    {
        using var folder = new TempFolder();
        var path = folder.File("contacts.db");
        Execute(path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); PRAGMA user_version = 1;");

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Contains("not a Playbook store (it has table contacts)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'events'"));
    }

    [Fact]
    public void Open_StoreOfEachEarlierBuild_IsRecognisedByItsTablesAndMarked()
    {
        for (var version = 1; version < Migrations.MarkedSince; version++)
        {
            using var folder = new TempFolder();
            var path = folder.File($"v{version}.db");
            Execute(path, string.Join(";\n", Migrations.Steps.Take(version)) + $";\nPRAGMA user_version = {version};");
            Assert.Equal(0L, Scalar(path, "PRAGMA application_id"));

            using (var store = ContactStore.Open(path, TimeProvider.System))
            {
                Assert.Equal(Migrations.Latest, store.SchemaVersion);
            }

            Assert.Equal((long)ContactStore.ApplicationId, Scalar(path, "PRAGMA application_id"));
        }
    }

    [Theory]
    [InlineData(0, 0, "", null)]
    [InlineData(ContactStore.ApplicationId, 99, "anything", null)]
    [InlineData(0, 0, "t", "it has table t")]
    [InlineData(0, 8, "contacts,events", "it has tables contacts, events")]
    [InlineData(7, 0, "", "its application id is 0x00000007, not Playbook's")]
    public void Refusal_ApplicationIdVersionAndTables_SaysWhyOrNothing(int applicationId, int version, string tables, string? expected)
    {
        IReadOnlyList<string> names = tables.Length == 0 ? [] : tables.Split(',');

        var refusal = StoreFile.Refusal(applicationId, version, names);

        Assert.Equal(expected, refusal);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
