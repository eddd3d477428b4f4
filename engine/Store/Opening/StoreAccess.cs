using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Playbook.Engine.Store.Opening;

/// <summary>
/// How the store file is opened: for reading and writing when it may be written, else for reading only, saying why.
/// A file or folder with no write permission at all is taken as the owner's wish that it be read only, even by a user
/// (root) whom the system would let write.
/// </summary>
internal static class StoreAccess
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>
    /// A connection to the store at <paramref name="path"/> (in write-ahead-log mode when it may be written), and why
    /// it is read-only, or null when it may be written.
    /// </summary>
    public static SqliteConnection Connect(string path, TimeSpan busyTimeout, out string? readOnly)
    {
        readOnly = WriteProtection(path);
        if (readOnly is null)
        {
            var connection = Open(path, SqliteOpenMode.ReadWrite, busyTimeout, immutable: false);
            try
            {
                // SQLite opens a file this user may not write for reading only, without a word.
                if (raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
                {
                    readOnly = "this user may only read it";
                }
                else
                {
                    connection.Execute("PRAGMA journal_mode = WAL");
                    return connection;
                }
            }
            catch (SqliteException e) when (e.SqliteErrorCode is StoreFailures.CannotOpen or StoreFailures.ReadOnly)
            {
                // The write-ahead log beside the file could not be made: its folder is not this user's to write.
                readOnly = "its folder cannot be written to";
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            connection.Dispose();
        }

        return OpenToRead(path, busyTimeout);
    }

    /// <summary>
    /// A connection that only reads <paramref name="path"/>. When no write-ahead log or rollback journal is beside the
    /// file, nobody is writing it, and it is opened as immutable: SQLite then makes no log and no shared-memory file
    /// beside it (which a read-only connection otherwise leaves behind), and reads it in a folder it may not write.
    /// </summary>
    public static SqliteConnection OpenToRead(string path, TimeSpan busyTimeout) =>
        Open(path, SqliteOpenMode.ReadOnly, busyTimeout, immutable: !File.Exists(path + "-wal") && !File.Exists(path + "-journal"));

    /// <summary>
    /// A connection that only reads <paramref name="path"/>, though this user may write it (the console asks for no
    /// more). It is opened as immutable only when nobody can be writing the file (write-protected, no log beside it);
    /// otherwise SQLite's locks keep what it reads consistent while another process writes.
    /// </summary>
    public static SqliteConnection ConnectToRead(string path, TimeSpan busyTimeout) =>
        WriteProtection(path) is not null ? OpenToRead(path, busyTimeout) : Open(path, SqliteOpenMode.ReadOnly, busyTimeout, immutable: false);

    /// <summary>Why <paramref name="path"/> is to be read only (its file or folder has no write permission at all), or null.</summary>
    public static string? WriteProtection(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path) && new FileInfo(path).IsReadOnly ? "the file is write-protected" : null;
        }

        if (File.Exists(path) && (File.GetUnixFileMode(path) & AnyWrite) == 0)
        {
            return "the file is write-protected";
        }

        var folder = Path.GetDirectoryName(path);
        return !string.IsNullOrEmpty(folder) && Directory.Exists(folder) && (File.GetUnixFileMode(folder) & AnyWrite) == 0
            ? "its folder is write-protected"
            : null;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode, TimeSpan busyTimeout, bool immutable)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? ImmutableUri(path) : path,
            Mode = mode,
            Pooling = false,
            // Microsoft.Data.Sqlite retries a busy statement for this many seconds (0 would be for ever).
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString());
        try
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The file as a SQLite URI that says it does not change (<c>file:/path?immutable=1</c>).</summary>
    private static string ImmutableUri(string path)
    {
        var slashed = path.Replace('\\', '/');
        var escaped = slashed.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal);
        return "file:" + (escaped.StartsWith('/') ? "" : "/") + escaped + "?immutable=1";
    }
}
