using Microsoft.Data.Sqlite;
using Playbook.Engine.Store.Opening;

namespace Playbook.Engine.Store;

/// <summary>
/// The store file cannot be used as it is (newer than this build, not a store, another application's database,
/// unreadable), or not for what was asked: read-only for a change, busy with another process's write. Says it in one
/// line that names the file.
/// </summary>
public sealed class StoreException(string path, string message, Exception? inner = null, StoreFault fault = StoreFault.Unusable)
    : Exception($"{path}: {message}", inner)
{
    /// <summary>The store file.</summary>
    public string Path { get; } = path;

    /// <summary>Which kind of trouble it is.</summary>
    public StoreFault Fault { get; } = fault;

    /// <summary>
    /// What a failure of SQLite on the store at <paramref name="path"/> means for the user (busy, read-only, disk
    /// full, damaged...), as a <see cref="StoreException"/>; null when <paramref name="e"/> is not SQLite's.
    /// </summary>
    public static StoreException? FromSqlite(string path, Exception e) =>
        e is SqliteException sqlite ? StoreFailures.Explain(path, sqlite) : null;
}
