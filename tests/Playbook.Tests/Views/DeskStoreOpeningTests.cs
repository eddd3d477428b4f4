using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Store;
using Playbook.Engine.Time;
using Playbook.Tests.Support;
using Playbook.Tui.Desk;

namespace Playbook.Tests.Views;

/// <summary>
/// The desk opens its store on the thread that reads Today, beside Terminal.Gui's start: what opening it throws is
/// kept for the desk to stop on as a command does, and a store that opens is read as before.
/// </summary>
public sealed class DeskStoreOpeningTests
{
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void StoreFailure_NotAStore_IsWhatOpeningItThrew_AndTodayThrowsIt()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.db", "not a store, just notes");
        using var session = Session(folder, path);

        session.ReadTodayAhead();
        var failure = session.StoreFailure();

        var error = Assert.IsType<StoreException>(failure);
        Assert.Equal($"{path}: cannot be opened as a Playbook store (it is not a SQLite database); check the path given by --db or PLAYBOOK_DB", error.Message);
        Assert.Same(error, Assert.Throws<StoreException>(() => session.Today()));
    }

    [Fact]
    public void StoreFailure_AStore_IsNull_AndTodayIsReadFromIt()
    {
        using var folder = new TempFolder();
        var path = folder.File("playbook.db");
        using var session = Session(folder, path);

        session.ReadTodayAhead();
        var failure = session.StoreFailure();
        var today = session.Today();

        Assert.Null(failure);
        Assert.True(today.StoreIsEmpty);
        Assert.Equal(path, session.StorePath);
    }

    private static DeskSession Session(TempFolder folder, string path) =>
        new(() => ContactStore.Open(path, Clock), () => PlaybookCatalog.Load(new CatalogOptions { UserFolder = folder.Folder("playbooks"), CacheFolder = folder.Folder("cache"), Time = Clock }), new PlaybookConfig(), Clock);
}
