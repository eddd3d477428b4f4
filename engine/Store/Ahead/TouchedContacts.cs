using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store.Ahead;

/// <summary>
/// Which contacts a session's writes, or another process's, may have changed since what was read of them on another
/// connection (<see cref="ReadAhead{T}"/>): the contacts the session tagged or moved to another stage, and every contact
/// once it wrote something it cannot follow or another process committed between two of its batches.
/// </summary>
internal sealed class TouchedContacts
{
    private readonly HashSet<long> _contacts = [];
    private bool _all;
    private long? _dataVersion;

    /// <summary>Whether <paramref name="contactId"/> may have changed.</summary>
    public bool Contains(long contactId) => _all || _contacts.Contains(contactId);

    /// <summary>The session wrote to <paramref name="contactId"/>'s row or lists.</summary>
    public void Add(long contactId) => _contacts.Add(contactId);

    /// <summary>The session wrote something it cannot say the contacts of.</summary>
    public void AddAll() => _all = true;

    /// <summary>Everything written so far is committed, and other connections read it: nothing counts as touched.</summary>
    public void Clear()
    {
        _contacts.Clear();
        _all = false;
    }

    /// <summary>The session committed a batch on <paramref name="connection"/>.</summary>
    public void Committed(SqliteConnection connection) => _dataVersion = DataVersion(connection);

    /// <summary>
    /// The session began a batch on <paramref name="connection"/>: when another process committed since the last batch,
    /// what was read on another connection before may be out of date for any contact.
    /// </summary>
    public void Began(SqliteConnection connection) => _all |= _dataVersion is { } before && before != DataVersion(connection);

    /// <summary>SQLite's count of the commits other connections made to the file, as this connection sees it.</summary>
    private static long DataVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return command.ExecuteScalar() is long version ? version : 0;
    }
}
