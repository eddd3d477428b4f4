using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store.Opening;

/// <summary>
/// A store that may not be written (its file or folder write-protected) opens for reading only: reads work, changes
/// are refused in one line, and nothing is written, not even a log beside it.
/// </summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    private const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead;
    private const UnixFileMode ReadOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserExecute;
    private readonly TestStore _test = new();
    private readonly long _ana;

    public ReadOnlyStoreTests()
    {
        _ana = _test.AddContact("Ana", "García", "Tiendas Aurora");
        _test.Store.Dispose();
    }

    [UnixFact]
    public void Open_WriteProtectedStore_OpensReadOnlyAndReadsIt()
    {
        UnixFile.SetMode(_test.Path, ReadOnlyFile);

        using var store = ContactStore.Open(_test.Path, _test.Clock);

        Assert.True(store.IsReadOnly);
        Assert.Equal("the file is write-protected", store.ReadOnlyReason);
        Assert.Equal("Tiendas Aurora", store.Contacts.Find(_ana)?.Company);
        Assert.Equal(["Ana García"], store.Contacts.Search("garcia").Select(c => c.FullName));
        Assert.Equal(["playbook.db"], Directory.GetFiles(Path.GetDirectoryName(_test.Path)!).Select(Path.GetFileName));
    }

    [UnixFact]
    public void AddTags_OnAWriteProtectedStore_IsRefusedInOneLineAndWritesNothing()
    {
        UnixFile.SetMode(_test.Path, ReadOnlyFile);
        var before = File.ReadAllBytes(_test.Path);
        using var store = ContactStore.Open(_test.Path, _test.Clock);

        var error = Assert.Throws<StoreException>(() => store.Contacts.AddTags(_ana, ["friend"]));

        Assert.Equal(
            $"{_test.Path}: the store is read-only (the file is write-protected) and this would change it, so nothing was done; give it write access to do this",
            error.Message);
        Assert.Equal(StoreFault.ReadOnly, error.Fault);
        Assert.Equal(before, File.ReadAllBytes(_test.Path));
    }

    [UnixFact]
    public void Open_StoreInAWriteProtectedFolder_OpensReadOnlyWithoutMakingFilesBesideIt()
    {
        var folder = Path.GetDirectoryName(_test.Path)!;
        UnixFile.SetMode(folder, ReadOnlyFolder);
        try
        {
            using var store = ContactStore.Open(_test.Path, _test.Clock);

            Assert.Equal("its folder is write-protected", store.ReadOnlyReason);
            Assert.Equal("Ana García", store.Contacts.Find(_ana)?.FullName);
            var error = Assert.Throws<StoreException>(() => store.Tasks.Complete(1));
            Assert.Equal(StoreFault.ReadOnly, error.Fault);
            Assert.Equal(["playbook.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            UnixFile.SetMode(folder, ReadOnlyFolder | UnixFileMode.UserWrite);
        }
    }

    [UnixFact]
    public void Open_WriteProtectedStoreWhileAnotherConnectionWrites_ReadsTheLatestCommits()
    {
        using var writer = ContactStore.Open(_test.Path, _test.Clock);
        writer.Contacts.AddTags(_ana, ["client"]);
        Assert.True(File.Exists(_test.Path + "-wal"));
        UnixFile.SetMode(_test.Path, ReadOnlyFile);

        using var reader = ContactStore.Open(_test.Path, _test.Clock);

        Assert.True(reader.IsReadOnly);
        Assert.Equal(["client"], reader.Contacts.Find(_ana)!.Tags);
    }

    [UnixFact]
    public void Open_WriteProtectedStoreOfAnEarlierBuild_IsRefusedSayingToGiveItWriteAccessOnce()
    {
        var path = _test.Folder.File("store/v5.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", Migrations.Steps.Take(5)) + ";\nPRAGMA user_version = 5;";
            command.ExecuteNonQuery();
        }

        UnixFile.SetMode(path, ReadOnlyFile);

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, _test.Clock));

        Assert.Equal(
            $"{path}: was written by an earlier build of playbook (schema version 5) and is read-only (the file is write-protected); give it write access once, so that it can be upgraded",
            error.Message);
    }

    [UnixFact]
    public void Open_WriteProtectedEmptyFile_IsRefused()
    {
        var path = _test.Folder.Write("store/empty.db", []);
        UnixFile.SetMode(path, ReadOnlyFile);

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, _test.Clock));

        Assert.Equal(
            $"{path}: is empty and read-only (the file is write-protected), so it cannot be made a store; give it write access, or choose another file with --db",
            error.Message);
        Assert.Equal(0L, new FileInfo(path).Length);
    }

    [UnixFact]
    public void Open_MissingFileInAWriteProtectedFolder_IsRefusedAndNotCreated()
    {
        var folder = _test.Folder.Folder("locked");
        UnixFile.SetMode(folder, ReadOnlyFolder);
        try
        {
            var path = Path.Combine(folder, "playbook.db");

            var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, _test.Clock));

            Assert.Equal($"{path}: cannot be created (its folder is write-protected); choose another place with --db", error.Message);
            Assert.False(File.Exists(path));
        }
        finally
        {
            UnixFile.SetMode(folder, ReadOnlyFolder | UnixFileMode.UserWrite);
        }
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows() && File.Exists(_test.Path))
        {
            UnixFile.SetMode(_test.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        _test.Dispose();
    }
}
