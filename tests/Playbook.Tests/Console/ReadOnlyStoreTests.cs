using Playbook.Engine.Console;
using Playbook.Engine.Contacts;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Console;

/// <summary>The console's store: opened for reading only though it may be written, and its tables read lazily.</summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void OpenReadOnly_AWritableStore_RefusesEveryChange()
    {
        var id = _test.AddContact("Ana", "Ruiz", "Acme");
        using var store = ContactStore.OpenReadOnly(_test.Path, _test.Clock, "the console only reads it");

        var refused = Assert.Throws<StoreException>(() => store.Contacts.AddTags(id, ["client"]));

        Assert.True(store.IsReadOnly);
        Assert.Equal(
            $"{_test.Path}: the store is read-only (the console only reads it) and this would change it, so nothing was done; give it write access to do this",
            refused.Message);
        Assert.Empty(_test.Store.Contacts.Find(id)!.Tags);
    }

    [Fact]
    public void Tables_ReadRowsAsTheyAreEnumeratedAndCountWithoutReadingThem()
    {
        for (var i = 0; i < 5; i++)
        {
            _test.AddContact("Person", $"Number{i}", i % 2 == 0 ? "Acme" : null);
        }

        using var store = ContactStore.OpenReadOnly(_test.Path, _test.Clock, "the console only reads it");
        using var conditions = new ConditionTrial();
        var globals = new ConsoleGlobals(store, new MeProfile(), TestStore.Start, () => throw new InvalidOperationException("no catalog needed"), conditions);

        var acme = globals.Contacts.Where(c => c.Company == "Acme").Select(c => c.LastName).ToList();

        Assert.Equal(5, globals.Contacts.Count);
        Assert.Equal(["Number0", "Number2", "Number4"], acme);
        Assert.Equal("Number1", globals.Contacts[globals.Contacts.First(c => c.Company is null).Id].LastName);
        Assert.Null(globals.Drafts.Find(1));
        Assert.Equal(0, globals.Runs.Count);
    }

    [Fact]
    public void OpenReadOnly_AWriteProtectedStore_ReadsItAndLeavesNothingBesideIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _test.AddContact("Ana", "Ruiz", "Acme");
        _test.Store.Dispose();
        UnixFile.SetMode(_test.Path, UnixFileMode.UserRead);

        using (var store = ContactStore.OpenReadOnly(_test.Path, _test.Clock, "the console only reads it"))
        {
            Assert.Equal(1, store.Contacts.Count());
        }

        Assert.Equal(["playbook.db"], Directory.GetFiles(Path.GetDirectoryName(_test.Path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void OpenReadOnly_AnEmptyFile_IsRefusedAndLeftEmpty()
    {
        var empty = _test.Folder.Write("empty.db", "");

        var refused = Assert.Throws<StoreException>(() => ContactStore.OpenReadOnly(empty, _test.Clock, "the console only reads it"));

        Assert.Equal($"{empty}: is empty: there is no store here yet; import contacts first (playbook import linkedin PATH), or give --db the path of a store", refused.Message);
        Assert.Equal(0, new FileInfo(empty).Length);
    }

    public void Dispose() => _test.Dispose();
}
