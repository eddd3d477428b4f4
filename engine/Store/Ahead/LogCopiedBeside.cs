using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Playbook.Engine.Store.Ahead;

/// <summary>
/// A connection's write-ahead log copied back into the store's file (the checkpoint) on the other processor, after each
/// of its commits, instead of by the commit itself: the connection's automatic checkpoint is off meanwhile, and put
/// back when this is disposed. A run pass (<see cref="RunSession.PrepareForPass"/>) and a large import use it: a large
/// commit copied every page it wrote back before the next batch, file or stage pass could begin, while the other
/// processor idled. The copy is SQLite's passive checkpoint on a connection of its own (<see cref="LogCopier"/>),
/// which never waits for the writer and which a kill leaves as safe as any checkpoint; each commit is still one
/// transaction in the log. What is left at the end is copied when the store's connection closes, as before.
/// </summary>
internal sealed class LogCopiedBeside : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly LogCopier _copier;
    private readonly long _autoCheckpoint;
    private bool _disposed;

    private LogCopiedBeside(SqliteConnection connection, LogCopier copier, long autoCheckpoint)
    {
        _connection = connection;
        _copier = copier;
        _autoCheckpoint = autoCheckpoint;
    }

    /// <summary>
    /// Starts copying the log of the store open on <paramref name="connection"/> beside its commits; null when it cannot
    /// (one processor, a store in memory, a store that may not be written): its commits then copy the log themselves.
    /// </summary>
    public static LogCopiedBeside? Start(SqliteConnection connection)
    {
        if (raw.sqlite3_db_filename(connection.Handle, "main").utf8_to_string() is not { Length: > 0 } file
            || LogCopier.Start(file) is not { } copier)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        var pages = command.ExecuteScalar() is long n ? n : 1000;
        command.CommandText = "PRAGMA wal_autocheckpoint = 0";
        command.ExecuteNonQuery();
        return new LogCopiedBeside(connection, copier, pages);
    }

    /// <summary>Says a transaction was committed: its pages can be copied back.</summary>
    public void Committed() => _copier.Committed();

    /// <summary>After a commit, waits for its copy once the log has grown by <paramref name="frames"/> pages (<see cref="LogCopier.RestartLogEvery"/>).</summary>
    public void RestartLogEvery(long frames) => _copier.RestartLogEvery(frames);

    /// <summary>Waits for a copy under way, and gives the store's commits their own copying back.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _copier.Dispose();
        using var command = _connection.CreateCommand();
        command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint = {_autoCheckpoint}");
        command.ExecuteNonQuery();
    }
}
