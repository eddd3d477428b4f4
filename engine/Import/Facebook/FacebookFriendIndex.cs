using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// The Facebook friends the store knows, by name: a conversation names its people by name only, so a name is taken to
/// be a friend only when exactly one friend bears it. Two friends with the same name are two people, and their name
/// alone says neither.
/// </summary>
internal sealed class FacebookFriendIndex
{
    private readonly Dictionary<string, HashSet<long>> _byName = new(StringComparer.Ordinal);

    /// <summary>The friends stored on <paramref name="connection"/>, as of now in <paramref name="transaction"/>.</summary>
    public static FacebookFriendIndex Load(SqliteConnection connection, SqliteTransaction transaction)
    {
        var index = new FacebookFriendIndex();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT key, contact_id FROM contact_identities WHERE network = $network";
        command.Parameters.AddWithValue("$network", NetworkIdentity.Facebook);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (FacebookKeys.FriendName(reader.GetString(0)) is { } name)
            {
                index.Add(name, reader.GetInt64(1));
            }
        }

        return index;
    }

    /// <summary>The name keys of all friends.</summary>
    public IReadOnlySet<string> Names => _byName.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The one friend named <paramref name="nameKey"/>, or null when none or several are.</summary>
    public long? Only(string nameKey) =>
        _byName.TryGetValue(nameKey, out var ids) && ids.Count == 1 ? ids.First() : null;

    private void Add(string nameKey, long contactId)
    {
        if (!_byName.TryGetValue(nameKey, out var ids))
        {
            _byName[nameKey] = ids = [];
        }

        ids.Add(contactId);
    }
}
