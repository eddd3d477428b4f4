using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store.Opening;

/// <summary>
/// Whether a file given as the store is one Playbook may use, looked at on a connection that only reads, before
/// anything is written: a Playbook store (marked with <see cref="ContactStore.ApplicationId"/>, or made by an earlier
/// build, recognised by its schema version and tables), or an empty file or database that becomes one. Anything else
/// (another application's database, a file that is not SQLite) is refused and left untouched.
/// </summary>
internal static class StoreFile
{
    private const int TablesNamed = 3;

    /// <summary>Refuses <paramref name="path"/> with a <see cref="StoreException"/> unless Playbook may use it.</summary>
    public static void Check(string path, TimeSpan busyTimeout)
    {
        int applicationId, version;
        IReadOnlyList<string> tables;
        try
        {
            using var connection = StoreAccess.OpenToRead(path, busyTimeout);
            applicationId = connection.ExecuteScalar<int>("PRAGMA application_id");
            version = connection.ExecuteScalar<int>("PRAGMA user_version");
            tables = TablesOf(connection);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == StoreFailures.NotADatabase)
        {
            throw new StoreException(path, "cannot be opened as a Playbook store (it is not a SQLite database); check the path given by --db or PLAYBOOK_DB", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == StoreFailures.Corrupt && IsMarkedOurs(path))
        {
            throw new StoreException(path,
                $"is a Playbook store, but damaged ({StoreFailures.Reason(e)}); it was left untouched: restore it from a copy, or recover what it holds into a new store with: sqlite3 '{path}' .recover | sqlite3 recovered.db", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is not (StoreFailures.Busy or StoreFailures.Locked))
        {
            throw new StoreException(path, $"cannot be opened as a Playbook store ({StoreFailures.Reason(e)}); check the path given by --db or PLAYBOOK_DB", e);
        }

        if (Refusal(applicationId, version, tables) is { } why)
        {
            throw new StoreException(path,
                $"is a database of another application, not a Playbook store ({why}); it was left untouched: give --db (or PLAYBOOK_DB) a Playbook store or a new file");
        }
    }

    /// <summary>
    /// Whether the file's SQLite header, which SQLite could not get past, carries Playbook's application id (a big-endian
    /// integer at offset 68): a damaged store rather than someone else's database.
    /// </summary>
    private static bool IsMarkedOurs(string path)
    {
        Span<byte> header = stackalloc byte[100];
        try
        {
            using var file = File.OpenRead(path);
            return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
                && header[..16].SequenceEqual("SQLite format 3\0"u8)
                && System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[68..72]) == ContactStore.ApplicationId;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Why a database with this application id, schema version and tables is not Playbook's to use, or null when it is.</summary>
    internal static string? Refusal(int applicationId, int version, IReadOnlyList<string> tables)
    {
        if (applicationId == ContactStore.ApplicationId)
        {
            return null;
        }

        if (applicationId != 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its application id is 0x{applicationId:X8}, not Playbook's");
        }

        if (version == 0 && tables.Count == 0)
        {
            // An empty database, as `sqlite3 new.db` makes: it becomes a store.
            return null;
        }

        if (version >= 1 && version < Migrations.MarkedSince && PlaybookTables(version).IsSubsetOf(tables))
        {
            // Written by a build that did not mark its stores yet; the next migration marks it.
            return null;
        }

        if (tables.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its user_version is {version} and it has no tables");
        }

        var named = string.Join(", ", tables.Take(TablesNamed));
        return tables.Count > TablesNamed
            ? string.Create(CultureInfo.InvariantCulture, $"it has tables {named} and {tables.Count - TablesNamed} more")
            : $"it has {(tables.Count == 1 ? "table" : "tables")} {named}";
    }

    /// <summary>The tables a store at schema <paramref name="version"/> has: its migrations run on an empty database in memory.</summary>
    internal static HashSet<string> PlaybookTables(int version)
    {
        using var memory = new SqliteConnection("Data Source=:memory:");
        memory.Open();
        foreach (var step in Migrations.Steps.Take(version))
        {
            memory.Execute(step);
        }

        return [.. TablesOf(memory)];
    }

    private static List<string> TablesOf(SqliteConnection connection) =>
        [.. connection.Query<string>("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")];

    /// <summary>
    /// Creates the store's file at <paramref name="path"/>, readable and writable by its owner alone, unless it exists;
    /// refuses a folder, a missing folder and a place it cannot write, each with what to do.
    /// </summary>
    public static void CreatePrivate(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException(path, "is a folder; give --db (or PLAYBOOK_DB) the path of a store file, such as ~/playbook.db");
        }

        if (File.Exists(path))
        {
            return;
        }

        // A mistyped path makes no folders: only the data folder is made on first use, by whoever chose it.
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            throw new StoreException(path, $"the folder {folder} does not exist; create it, or fix the path given by --db or PLAYBOOK_DB");
        }

        if (StoreAccess.WriteProtection(path) is { } why)
        {
            throw new StoreException(path, $"cannot be created ({why}); choose another place with --db");
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
}
