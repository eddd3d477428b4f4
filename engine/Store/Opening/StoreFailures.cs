using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store.Opening;

/// <summary>
/// The store's failures in the user's words, one line each that names the file: SQLite's result codes turned into
/// what happened and what to do, so that none reaches the user as an unexpected error.
/// </summary>
internal static class StoreFailures
{
    // SQLite's primary result codes (sqlite3.h); an extended code carries its primary one in its low byte.
    public const int Busy = 5;
    public const int Locked = 6;
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int NotADatabase = 26;

    /// <summary>What <paramref name="e"/>, raised by SQLite on the store at <paramref name="path"/>, means.</summary>
    public static StoreException Explain(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        Busy or Locked => BusyStore(path, e),
        ReadOnly => ReadOnlyStore(path, "SQLite could not write to it", e),
        Full => new StoreException(path, "could not be written: the disk is full; free some space and try again", e),
        Corrupt or NotADatabase => new StoreException(path, $"is damaged ({Reason(e)}); restore it from a copy", e),
        IoError or CannotOpen => new StoreException(path, $"could not be read or written ({Reason(e)}); check the disk and the file's permissions", e),
        _ => new StoreException(path, $"the store failed ({Reason(e)}); run again with --debug for the details", e),
    };

    /// <summary>A change asked of a store that is read-only (<paramref name="why"/>): nothing was changed.</summary>
    public static StoreException ReadOnlyStore(string path, string why, Exception? inner = null) => new(path,
        $"the store is read-only ({why}) and this would change it, so nothing was done; give it write access to do this",
        inner, StoreFault.ReadOnly);

    /// <summary>Another process kept the store busy with a write for longer than the store waits; names it when it can.</summary>
    public static StoreException BusyStore(string path, Exception? inner = null)
    {
        var holders = StoreHolders.Describe(StoreHolders.Of(path));
        return new StoreException(path,
            $"the store stayed busy with another process's write{(holders is null ? "" : $", and {holders}")}; try again when that is done",
            inner, StoreFault.Busy);
    }

    /// <summary>SQLite's message without its code and quotes: <c>SQLite Error 10: 'disk I/O error'.</c> is <c>disk I/O error</c>.</summary>
    public static string Reason(SqliteException e)
    {
        var message = e.Message.Split('\n')[0].TrimEnd('.');
        var quoted = message.IndexOf('\'', StringComparison.Ordinal);
        return quoted >= 0 && message.EndsWith('\'') && message.Length > quoted + 1 ? message[(quoted + 1)..^1] : message;
    }
}
