using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Playbook.Engine.Store;
using Playbook.Tests.Support;
using SQLitePCL;

namespace Playbook.Tests.Store;

public sealed class ContactStoreTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [UnixFact]
    public void Open_NewFile_CreatesItReadableByItsOwnerOnly()
    {
        using var folder = new TempFolder();
        var path = folder.File("playbook.db");

        using (ContactStore.Open(path, TimeProvider.System))
        {
        }

        Assert.Equal(OwnerReadWrite, UnixFile.Mode(path));
    }

    [Fact]
    public void Open_StoreOfTheBuildBeforeTagTimesWereKeptApart_KeepsItsRunsDraftsJournalAndTags()
    {
        using var folder = new TempFolder();
        var path = folder.File("before.db");
        var version = Migrations.Steps.ToList().FindIndex(step => step.Contains("search_stale ADD COLUMN tagged_at", StringComparison.Ordinal));
        Assert.True(version > 0);
        var script = string.Join(";\n", Migrations.Steps.Take(version)) + $";\nPRAGMA user_version = {version};";
        // A batch of that build cut short: it wrote the contact's copy of its tags at once, and left its full-text row behind.
        RawExecute(path, script + """

            INSERT INTO contacts (id, first_name, last_name, full_name, name_key, as_of, created_at, updated_at, tags_json)
            VALUES (7, 'Ana', 'García', 'Ana García', 'ana garcia', '2026-01-01', '2026-01-01T00:00:00.0000000Z', '2026-01-02T00:00:00.0000000Z', '["low-fit"]');
            INSERT INTO contact_search (rowid, name) VALUES (7, 'Ana García');
            INSERT INTO contact_tags (contact_id, tag) VALUES (7, 'low-fit');
            INSERT INTO events (id, contact_id, kind, at, at_ticks, source, source_hash, created_at)
            VALUES (3, 7, 'invitation.received', '2026-01-01T00:00:00.0000000Z', 0, 'test:3', 3, '2026-01-01T00:00:00.0000000Z');
            INSERT INTO runs (id, playbook, version, contact_id, event_id, state, step, held_by, started_at, started_ticks, updated_at)
            VALUES (5, 'welcome', 'v1', 7, 3, 'waiting', 'wait', 9, '2026-01-02T00:00:00.0000000Z', 0, '2026-01-02T00:00:00.0000000Z');
            INSERT INTO journal (run_id, at, step, action, message) VALUES (5, '2026-01-02T00:00:00.0000000Z', NULL, 'started', 'started by invitation.received');
            INSERT INTO drafts (id, run_id, contact_id, playbook, step, channel, template, body, created_at, answers_invitation)
            VALUES (9, 5, 7, 'welcome', 'welcome', 'linkedin', 'welcome', 'Hello Ana', '2026-01-02T00:00:00.0000000Z', 1);
            INSERT INTO search_stale (contact_id) VALUES (7);
            """);

        using var store = ContactStore.Open(path, TimeProvider.System);

        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        var contact = store.Contacts.Find(7)!;
        Assert.Equal(["low-fit"], contact.Tags);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), contact.UpdatedAt);
        Assert.Equal(7, Assert.Single(store.Contacts.Search("low-fit")).Id);
        var run = store.Runs.Get(5);
        Assert.Equal(("waiting", "wait", (long?)9), (run.State, run.Step, run.HeldBy));
        Assert.Equal(["started by invitation.received"], store.Runs.Journal(5).Select(e => e.Message));
        Assert.Equal("Hello Ana", Assert.Single(store.Drafts.List()).Body);
        Assert.Equal(0L, RawScalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'search_stale'"));
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_IsRefusedNamingItAndCreatesNothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("mistyped/playbook.db");

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Equal($"{path}: the folder {folder.File("mistyped")} does not exist; create it, or fix the path given by --db or PLAYBOOK_DB", error.Message);
        Assert.Equal(StoreFault.Unusable, error.Fault);
        Assert.False(Directory.Exists(folder.File("mistyped")));
    }

    [UnixFact]
    public void Open_AfterAWrite_WriteAheadLogIsReadableByItsOwnerOnly()
    {
        using var test = new TestStore();

        test.AddContact("Ana", "García");

        Assert.True(File.Exists(test.Path + "-wal"));
        Assert.Equal(OwnerReadWrite, UnixFile.Mode(test.Path + "-wal"));
    }

    [Fact]
    public void Open_NewFile_UsesWriteAheadLogging()
    {
        using var folder = new TempFolder();
        var path = folder.File("playbook.db");
        using (ContactStore.Open(path, TimeProvider.System))
        {
        }

        var mode = RawScalar(path, "PRAGMA journal_mode");

        Assert.Equal("wal", mode);
    }

    [Fact]
    public void Open_NewFile_RecordsTheLatestSchemaVersion()
    {
        using var folder = new TempFolder();
        var path = folder.File("playbook.db");

        int version;
        using (var store = ContactStore.Open(path, TimeProvider.System))
        {
            version = store.SchemaVersion;
        }

        Assert.Equal(Migrations.Latest, version);
        Assert.Equal((long)Migrations.Latest, RawScalar(path, "PRAGMA user_version"));
    }

    [Fact]
    public void Open_FileOfANewerBuild_IsRefusedAndLeftAlone()
    {
        using var folder = new TempFolder();
        var path = folder.File("newer.db");
        var newer = Migrations.Latest + 1;
        RawExecute(path, $"CREATE TABLE future (x); PRAGMA user_version = {newer}; PRAGMA application_id = {ContactStore.ApplicationId};");

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Equal(
            $"{path}: has schema version {newer}, newer than this build of playbook understands ({Migrations.Latest}); upgrade playbook to open it",
            error.Message);
        Assert.Equal(path, error.Path);
        Assert.Equal((long)newer, RawScalar(path, "PRAGMA user_version"));
        Assert.Equal(0L, RawScalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'contacts'"));
    }

    [Fact]
    public void Open_VersionZeroFileWithNoTables_IsUpgradedInPlace()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        RawExecute(path, "PRAGMA user_version = 0; VACUUM;");
        Assert.True(File.Exists(path));

        using var store = ContactStore.Open(path, new FakeTimeProvider(TestStore.Start));

        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        Assert.Equal(0, store.Contacts.Count());
        Assert.Empty(store.Events.List());
        Assert.Empty(store.Contacts.Search("anyone"));
    }

    [Fact]
    public void Open_EmptyFile_IsMadeAStore()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.db", []);

        using var store = ContactStore.Open(path, TimeProvider.System);

        Assert.Equal(Migrations.Latest, store.SchemaVersion);
    }

    [Fact]
    public void Open_FileAtAnOlderSchemaVersion_IsUpgradedInPlaceKeepingItsContacts()
    {
        Assert.True(Migrations.Latest >= 1);
        for (var version = 1; version < Migrations.Latest; version++)
        {
            using var folder = new TempFolder();
            var path = folder.File($"v{version}.db");
            var script = string.Join(";\n", Migrations.Steps.Take(version)) + $";\nPRAGMA user_version = {version};";
            RawExecute(path, script + """

                INSERT INTO contacts (id, first_name, last_name, full_name, name_key, as_of, created_at, updated_at)
                VALUES (7, 'Ana', 'García', 'Ana García', 'ana garcia', '2026-01-01', '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
                INSERT INTO contact_search (rowid, name) VALUES (7, 'Ana García');
                """);

            using var store = ContactStore.Open(path, TimeProvider.System);

            Assert.Equal(Migrations.Latest, store.SchemaVersion);
            Assert.Equal("Ana García", store.Contacts.Find(7)?.FullName);
            Assert.Equal(7, Assert.Single(store.Contacts.Search("garcia")).Id);
            Assert.Equal([7L], store.Contacts.SearchIds("g"));
        }
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_IsRefusedNamingItAndLeftAlone()
    {
        using var folder = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = folder.Write("photo.db", bytes);

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.StartsWith($"{path}: cannot be opened as a Playbook store (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); check the path given by --db or PLAYBOOK_DB", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_PathThatIsAFolder_IsRefusedNamingIt()
    {
        using var folder = new TempFolder();
        var path = folder.Folder("a-folder");

        var error = Assert.Throws<StoreException>(() => ContactStore.Open(path, TimeProvider.System));

        Assert.Equal($"{path}: is a folder; give --db (or PLAYBOOK_DB) the path of a store file, such as ~/playbook.db", error.Message);
    }

    [Fact]
    public void Open_ExistingStore_KeepsWhatWasWritten()
    {
        using var test = new TestStore();
        var id = test.AddContact("Ana", "García", "Tiendas Aurora");
        test.Store.Dispose();

        using var reopened = ContactStore.Open(test.Path, TimeProvider.System);

        Assert.Equal("Tiendas Aurora", reopened.Contacts.Find(id)?.Company);
        Assert.Equal(Migrations.Latest, reopened.SchemaVersion);
    }

    [Fact]
    public async Task Open_TwoStoresOnOneFile_BothWriteWhileTheOtherHoldsTheLock()
    {
        using var test = new TestStore();
        var id = test.AddContact("Ana", "García");
        using var second = ContactStore.Open(test.Path, test.Clock);
        var secondAsksForTheLock = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // SQLite calls this as each statement of the second store starts to run; a writer's first is BEGIN IMMEDIATE.
        raw.sqlite3_trace(second.Connection.Handle, (object _, string statement) =>
        {
            if (statement.StartsWith("BEGIN IMMEDIATE", StringComparison.Ordinal))
            {
                secondAsksForTheLock.TrySetResult();
            }
        }, null);

        Task<Engine.Contacts.Contact> waiting;
        using (var transaction = test.Store.Connection.BeginTransaction(deferred: false))
        {
            using (var insert = test.Store.Connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO contact_tags (contact_id, tag) VALUES ({id}, 'first')";
                insert.ExecuteNonQuery();
            }

            // A reader is never blocked by the writer (WAL) and sees the last committed state.
            Assert.Empty(second.Contacts.Find(id)!.Tags);
            waiting = Task.Run(() => second.Contacts.AddTags(id, ["second"]));
            await Task.WhenAny(secondAsksForTheLock.Task, waiting).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(secondAsksForTheLock.Task.IsCompleted, "the second writer ended without asking for the lock");
            Assert.False(waiting.IsCompleted, "the second writer went on while the first held the lock");
            transaction.Commit();
        }

        var afterSecond = await waiting;

        Assert.Equal(["first", "second"], afterSecond.Tags);
        Assert.Equal(["first", "second"], test.Store.Contacts.Find(id)!.Tags);
    }

    private static void RawExecute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? RawScalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
