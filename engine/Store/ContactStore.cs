using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Store.Opening;

namespace Playbook.Engine.Store;

/// <summary>
/// The local SQLite store: one file holding contacts, events and the me-profile. The file is created
/// readable by its owner only, marked as Playbook's (<see cref="ApplicationId"/>), kept in WAL mode with a busy
/// timeout so that the TUI and a batch can work on it at once, and upgraded in place when it was written by an
/// older build. A store that may not be written is opened for reading only.
/// </summary>
public sealed class ContactStore : IDisposable
{
    /// <summary>How much of the file is read through a memory map (address space, not memory: pages are the system's file cache).</summary>
    private const long MemoryMapBytes = 1L << 30;

    static ContactStore()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqliteLibrary.Configure();
    }

    private ContactStore(string path, SqliteConnection connection, TimeProvider clock)
    {
        Path = path;
        Connection = connection;
        Clock = clock;
        Contacts = new ContactQueries(this);
        Events = new EventQueries(this);
        Me = new MeProfileQueries(this);
        Merges = new MergeQueries(this);
        Runs = new RunQueries(this);
        Drafts = new DraftQueries(this);
        Tasks = new TaskQueries(this);
        Stats = new StatsQueries(this);
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    private Lazy<Analysis.Replies.ReplyClassifier> _replies = new(() => Analysis.Replies.ReplyClassifier.BuiltIn);
    private Lazy<Analysis.Replies.ConversationSettings> _conversations = new(() => Analysis.Replies.ConversationSettings.Default);

    /// <summary>The clock every write is stamped with.</summary>
    public TimeProvider Clock { get; }

    /// <summary>
    /// How received messages are classified when they are stored (import, <c>event add</c>) and by
    /// <see cref="EventQueries.Reclassify"/>: the built-in rules unless the user's are given.
    /// </summary>
    /// <remarks>Made on first use: a command that stores no message never reads the rules.</remarks>
    public Analysis.Replies.ReplyClassifier Replies => _replies.Value;

    /// <summary>When a thread is a real conversation (config.yaml's <c>conversations</c>), for the stages that move by themselves.</summary>
    public Analysis.Replies.ConversationSettings Conversations => _conversations.Value;

    /// <summary>
    /// Where <see cref="Replies"/> and <see cref="Conversations"/> come from (the user's rules file and config.yaml),
    /// read the first time a message is stored or a stage moves, not when the store opens.
    /// </summary>
    public void UseSettings(Func<Analysis.Replies.ReplyClassifier> replies, Func<Analysis.Replies.ConversationSettings> conversations)
    {
        _replies = new Lazy<Analysis.Replies.ReplyClassifier>(replies);
        _conversations = new Lazy<Analysis.Replies.ConversationSettings>(conversations);
    }

    /// <summary>Contacts: search, look up, tag, move along the stages.</summary>
    public ContactQueries Contacts { get; }

    /// <summary>The event log.</summary>
    public EventQueries Events { get; }

    /// <summary>The me-profile as exports brought it.</summary>
    public MeProfileQueries Me { get; }

    /// <summary>Duplicate candidates and merging.</summary>
    public MergeQueries Merges { get; }

    /// <summary>Runs and their journals.</summary>
    public RunQueries Runs { get; }

    /// <summary>The drafts runs wrote.</summary>
    public DraftQueries Drafts { get; }

    /// <summary>The tasks runs created.</summary>
    public TaskQueries Tasks { get; }

    /// <summary>What the funnel is counted from.</summary>
    public StatsQueries Stats { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>
    /// What Playbook writes in the file's <c>PRAGMA application_id</c>: "PlBk" in ASCII. A SQLite database with another
    /// id, or with tables and none, is another application's, and Playbook refuses it.
    /// </summary>
    public const int ApplicationId = 0x506C426B;

    /// <summary>How long a write waits for another process's write to end before it gives up.</summary>
    public static TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the store was opened for reading only (see <see cref="ReadOnlyReason"/>): a change to it is refused.</summary>
    public bool IsReadOnly => ReadOnlyReason is not null;

    /// <summary>Why the store is read-only (<c>the file is write-protected</c>, ...), or null when it may be written.</summary>
    public string? ReadOnlyReason { get; private init; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file when missing (its folder must exist) and upgrading
    /// it in place when an earlier build wrote it. Another application's database, or a file that is not SQLite, is
    /// refused and left untouched. A store that may not be written (its file or folder write-protected, or not this
    /// user's to write) is opened for reading only: see <see cref="IsReadOnly"/>.
    /// </summary>
    /// <exception cref="StoreException">
    /// The file is not a store, is another application's, is newer than this build, is in a folder that does not exist,
    /// is read-only and must be upgraded first, or stayed busy with another process's write.
    /// </exception>
    public static ContactStore Open(string path, TimeProvider clock) => Open(path, clock, BusyTimeout);

    /// <summary>Opens the store, waiting at most <paramref name="busyTimeout"/> for another process's write.</summary>
    internal static ContactStore Open(string path, TimeProvider clock, TimeSpan busyTimeout)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var fullPath = System.IO.Path.GetFullPath(path);
        string? readOnly = null;
        return Opening(fullPath, () =>
        {
            StoreFile.CreatePrivate(fullPath);
            StoreFile.Check(fullPath, busyTimeout);
            return StoreAccess.Connect(fullPath, busyTimeout, out readOnly);
        }, connection =>
        {
            if (readOnly is null)
            {
                connection.Execute("PRAGMA synchronous = NORMAL");
            }

            connection.Execute("PRAGMA foreign_keys = ON");
            // Imports touch indexes all over the file; a 64 MB page cache keeps them in memory.
            connection.Execute("PRAGMA cache_size = -65536");
            connection.Execute("PRAGMA temp_store = MEMORY");
            // Reads through a memory map rather than a system call per page: a fresh process's first screen reads
            // thousands of scattered pages (a draft's run and event), three times faster mapped.
            connection.Execute($"PRAGMA mmap_size = {MemoryMapBytes}");
            if (readOnly is null)
            {
                SchemaUpgrade.Migrate(connection, fullPath);
            }
            else
            {
                SchemaUpgrade.RequireCurrent(connection, fullPath, readOnly);
            }

            return new ContactStore(fullPath, connection, clock) { ReadOnlyReason = readOnly };
        });
    }

    /// <summary>
    /// Opens the existing store at <paramref name="path"/> for reading only, even when it may be written: nothing can
    /// change it through this store (<see cref="IsReadOnly"/>, with <paramref name="why"/> as the reason), and SQLite
    /// itself is asked only to read. The file must exist and be at this build's schema: nothing is made or upgraded.
    /// </summary>
    /// <exception cref="StoreException">There is no store there, or it is not one this build can read.</exception>
    public static ContactStore OpenReadOnly(string path, TimeProvider clock, string why)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(why);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new StoreException(fullPath, "is a folder; give --db (or PLAYBOOK_DB) the path of a store file, such as ~/playbook.db");
        }

        if (!File.Exists(fullPath))
        {
            throw new StoreException(fullPath, "there is no store here yet; import contacts first (playbook import linkedin PATH), or give --db the path of a store");
        }

        return Opening(fullPath, () =>
        {
            StoreFile.Check(fullPath, BusyTimeout);
            return StoreAccess.ConnectToRead(fullPath, BusyTimeout);
        }, connection =>
        {
            connection.Execute("PRAGMA foreign_keys = ON");
            connection.Execute("PRAGMA temp_store = MEMORY");
            connection.Execute($"PRAGMA mmap_size = {MemoryMapBytes}");
            var version = connection.ExecuteScalar<int>("PRAGMA user_version");
            if (version == 0)
            {
                throw new StoreException(fullPath, "is empty: there is no store here yet; import contacts first (playbook import linkedin PATH), or give --db the path of a store");
            }

            if (version < Migrations.Latest)
            {
                throw new StoreException(fullPath, string.Create(CultureInfo.InvariantCulture,
                    $"was written by an earlier build of playbook (schema version {version}); open it once with another command (such as 'playbook contacts'), which upgrades it, then try again"));
            }

            SchemaUpgrade.RequireCurrent(connection, fullPath, why);
            return new ContactStore(fullPath, connection, clock) { ReadOnlyReason = why };
        });
    }

    /// <summary>
    /// Connects with <paramref name="connect"/> and readies the store with <paramref name="ready"/>; on any failure the
    /// connection is closed, and what SQLite said becomes one line naming the file.
    /// </summary>
    private static ContactStore Opening(string fullPath, Func<SqliteConnection> connect, Func<SqliteConnection, ContactStore> ready)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = connect();
            return ready(connection);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw e.SqliteErrorCode is StoreFailures.Busy or StoreFailures.Locked
                ? StoreFailures.BusyStore(fullPath, e)
                : new StoreException(fullPath, $"cannot be opened as a Playbook store ({StoreFailures.Reason(e)}); check the path given by --db or PLAYBOOK_DB", e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>The schema version recorded in the file.</summary>
    public int SchemaVersion => Connection.ExecuteScalar<int>("PRAGMA user_version");

    /// <summary>
    /// A copy of the whole store in memory, to be written as if it were the store and then dropped: what a dry run
    /// does never reaches the file, and works on a read-only store. Reading the file takes no lock that holds off
    /// another process's write.
    /// </summary>
    internal ContactStore CopyInMemory()
    {
        var memory = new SqliteConnection("Data Source=:memory:;Pooling=False");
        try
        {
            memory.Open();
            try
            {
                Connection.BackupDatabase(memory);
            }
            catch (SqliteException e)
            {
                throw StoreFailures.Explain(Path, e);
            }

            memory.Execute("PRAGMA foreign_keys = ON");
            memory.Execute("PRAGMA temp_store = MEMORY");
            return new ContactStore(Path, memory, Clock) { _replies = _replies, _conversations = _conversations };
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A new, empty store in memory with this build's schema, on <paramref name="clock"/>: a throwaway store for a
    /// playbook's tests, dropped when disposed. <paramref name="name"/> is what its failures call it.
    /// </summary>
    internal static ContactStore InMemory(string name, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var memory = new SqliteConnection("Data Source=:memory:;Pooling=False");
        try
        {
            memory.Open();
            memory.Execute("PRAGMA foreign_keys = ON");
            memory.Execute("PRAGMA temp_store = MEMORY");
            SchemaUpgrade.Migrate(memory, name);
            return new ContactStore(name, memory, clock);
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction, committed only if it returns normally.</summary>
    internal T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        using var transaction = BeginWrite();
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>
    /// As <see cref="InTransaction{T}"/>, with the foreign keys checked once, over the whole store, before committing,
    /// rather than for each row as it is written: for a large import, every row of which names a contact that the same
    /// transaction found or created, checking each row's key cost a quarter of writing the row. A violation rolls the
    /// whole transaction back, as it would have the row. Nothing is deleted meanwhile, so no cascade is missed; the
    /// keys are checked row by row again afterwards (a setting of the connection, which a transaction cannot change).
    /// </summary>
    internal T InTransactionCheckingKeysAtEnd<T>(Func<SqliteTransaction, T> work)
    {
        Connection.Execute("PRAGMA foreign_keys = OFF");
        try
        {
            using var transaction = BeginWrite();
            var result = work(transaction);
            var violation = FirstForeignKeyViolation(transaction);
            if (violation is { } found)
            {
                throw new StoreException(Path, string.Create(CultureInfo.InvariantCulture,
                    $"a row of {found.Table} (rowid {found.RowId?.ToString(CultureInfo.InvariantCulture) ?? "none"}) names a row of {found.Parent} that does not exist; nothing of it was stored"));
            }

            transaction.Commit();
            return result;
        }
        finally
        {
            Connection.Execute("PRAGMA foreign_keys = ON");
        }
    }

    /// <summary>
    /// The first row that names a row that does not exist, as <c>PRAGMA foreign_key_check</c> finds it; null when none
    /// does. The pragma reads the whole events table, the store's largest, and looks each row's contact up: after a large
    /// import, nine-tenths of the check. The events' one key, to their contact, is read from the index by contact instead
    /// (a few megabytes in the contacts' order), every other table's by the pragma.
    /// </summary>
    private (string Table, long? RowId, string Parent)? FirstForeignKeyViolation(SqliteTransaction transaction)
    {
        var eventsByContact = Connection.ExecuteScalar<bool>(
            """
            SELECT (SELECT count(*) FROM pragma_foreign_key_list('events')) = 1
               AND EXISTS (SELECT 1 FROM pragma_foreign_key_list('events') WHERE "from" = 'contact_id' AND "table" = 'contacts' AND "to" = 'id')
               AND EXISTS (SELECT 1 FROM pragma_index_info('events_contact_at') WHERE seqno = 0 AND name = 'contact_id')
            """, transaction: transaction);
        foreach (var table in Connection.Query<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND EXISTS (SELECT 1 FROM pragma_foreign_key_list(name)) ORDER BY name",
            transaction: transaction).ToList())
        {
            var violation = Connection.Query<(string, long?, string)>(table == "events" && eventsByContact
                ? """
                  SELECT 'events', e.id, 'contacts' FROM events e INDEXED BY events_contact_at
                  WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = e.contact_id) LIMIT 1
                  """
                : "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check(@table) LIMIT 1", new { table }, transaction)
                .Select(v => ((string, long?, string)?)v).FirstOrDefault();
            if (violation is not null)
            {
                return violation;
            }
        }

        return null;
    }

    /// <summary>
    /// Begins a write transaction, waiting for another process's write to end; refused on a read-only store, and when
    /// the wait is too long, each in one line that says so.
    /// </summary>
    internal SqliteTransaction BeginWrite()
    {
        if (ReadOnlyReason is { } why)
        {
            throw StoreFailures.ReadOnlyStore(Path, why);
        }

        try
        {
            return Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is StoreFailures.Busy or StoreFailures.Locked or StoreFailures.ReadOnly)
        {
            throw StoreFailures.Explain(Path, e);
        }
    }

    /// <summary>The current instant in the store's text form.</summary>
    internal string NowText() => StoreFormat.Instant(Clock.GetUtcNow());

    /// <summary>Closes the store's connection.</summary>
    public void Dispose() => Connection.Dispose();
}
