using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store;

/// <summary>
/// The local SQLite store: one file holding contacts, events and the me-profile. The file is created
/// readable by its owner only, kept in WAL mode with a busy timeout so that the TUI and a batch can
/// work on it at once, and upgraded in place when it was written by an older build.
/// </summary>
public sealed class ContactStore : IDisposable
{
    private const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>How much of the file is read through a memory map (address space, not memory: pages are the system's file cache).</summary>
    private const long MemoryMapBytes = 1L << 30;

    static ContactStore()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
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

    /// <summary>Opens the store at <paramref name="path"/>, creating it (and its folder) when missing.</summary>
    /// <exception cref="StoreException">The file is newer than this build, or is not a store.</exception>
    public static ContactStore Open(string path, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var fullPath = System.IO.Path.GetFullPath(path);
        CreatePrivateFile(fullPath);

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString());

        try
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            connection.Execute("PRAGMA journal_mode = WAL");
            connection.Execute("PRAGMA synchronous = NORMAL");
            connection.Execute("PRAGMA foreign_keys = ON");
            // Imports touch indexes all over the file; a 64 MB page cache keeps them in memory.
            connection.Execute("PRAGMA cache_size = -65536");
            connection.Execute("PRAGMA temp_store = MEMORY");
            // Reads through a memory map rather than a system call per page: a fresh process's first screen reads
            // thousands of scattered pages (a draft's run and event), three times faster mapped.
            connection.Execute($"PRAGMA mmap_size = {MemoryMapBytes}");
            Migrate(connection, fullPath);

            // A batch run that was cut short may have left full-text rows behind the tags it wrote.
            DerivedData.RefreshStaleSearch(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(fullPath, $"cannot be opened as a Playbook store ({e.Message.TrimEnd('.')}); check the path given by --db or PLAYBOOK_DB", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new ContactStore(fullPath, connection, clock);
    }

    /// <summary>The schema version recorded in the file.</summary>
    public int SchemaVersion => Connection.ExecuteScalar<int>("PRAGMA user_version");

    /// <summary>Runs <paramref name="work"/> in one write transaction, committed only if it returns normally.</summary>
    internal T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        using var transaction = Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>The current instant in the store's text form.</summary>
    internal string NowText() => StoreFormat.Instant(Clock.GetUtcNow());

    /// <summary>Closes the store's connection.</summary>
    public void Dispose() => Connection.Dispose();

    private static void CreatePrivateFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException(path, "is a folder; give --db (or PLAYBOOK_DB) the path of a store file, such as ~/playbook.db");
        }

        if (File.Exists(path))
        {
            return;
        }

        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var _ = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; that is fine.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(path, $"cannot be created ({e.Message.TrimEnd('.')}); choose another place with --db", e);
        }
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > Migrations.Latest)
        {
            throw new StoreException(path,
                $"has schema version {version}, newer than this build of playbook understands ({Migrations.Latest}); upgrade playbook to open it");
        }

        for (var next = version + 1; next <= Migrations.Latest; next++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);
            if (current >= next)
            {
                // Another process upgraded the file while this one waited for the lock.
                transaction.Commit();
                continue;
            }

            connection.Execute(Migrations.Steps[next - 1], transaction: transaction);
            connection.Execute($"PRAGMA user_version = {next}", transaction: transaction);
            transaction.Commit();
        }
    }
}
