using Dapper;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Who a source's facts are about, by the identity rules: the same LinkedIn profile key or the same email
/// is the same contact; a network identity (an X id, a Facebook friend) is that network's person and no one else; a
/// name alone only joins older LinkedIn files that carry no profile URL. Lookups
/// are remembered for the transaction, since a file names the same people again and again.
/// </summary>
internal sealed class ContactResolver
{
    private readonly Dictionary<string, long> _byProfileKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byIdentity = new(StringComparer.Ordinal);

    // Profile keys the store was asked for and does not hold: a new person is looked up several times before being
    // written (first by key, then by every rule), and only this transaction's writer can add them, through Remember.
    private readonly HashSet<string> _absentProfileKeys = new(StringComparer.Ordinal);
    private readonly SqliteCommand _byIdentityCommand;
    private readonly SqliteCommand _byProfileKeyCommand;
    private readonly SqliteCommand _byEmailCommand;
    private readonly SqliteCommand _findByName;
    private readonly SqliteCommand _findUnlinkedByName;

    // True when every profile key and email the store holds is remembered: the store held no contact as the transaction
    // began, or RememberStore read them all; every one written since was written by this transaction's writer, which
    // remembers each (Remember, RememberEmail), so a key not remembered is known to be absent without asking the store.
    private bool _knowsAll;

    // While every key is known (see _knowsAll): the name keys of every contact without a profile key, and perhaps more
    // (a name a contact has since left). Someone with a profile key can only be joined by name to one of those.
    private HashSet<string>? _unlinkedNames;

    /// <summary>A resolver whose lookups run as <paramref name="statements"/>; <paramref name="startedEmpty"/> as for the writer.</summary>
    public ContactResolver(Statements statements, bool startedEmpty = false)
    {
        _knowsAll = startedEmpty;
        _unlinkedNames = startedEmpty ? new HashSet<string>(StringComparer.Ordinal) : null;
        _byProfileKeyCommand = statements.Prepare("SELECT id FROM contacts WHERE profile_key = $p0", 1);
        _byIdentityCommand = statements.Prepare("SELECT contact_id FROM contact_identities WHERE network = $p0 AND key = $p1", 2);
        _byEmailCommand = statements.Prepare("SELECT contact_id FROM contact_emails WHERE email_key = $p0", 1);
        _findByName = statements.Prepare("SELECT id, company FROM contacts WHERE name_key = $p0 ORDER BY id", 1);
        _findUnlinkedByName = statements.Prepare("SELECT id, company FROM contacts WHERE name_key = $p0 AND profile_key IS NULL ORDER BY id", 1);
    }

    /// <summary>Remembers that <paramref name="profileKey"/> is the contact <paramref name="id"/>.</summary>
    public void Remember(string profileKey, long id)
    {
        _byProfileKey[profileKey] = id;
        _absentProfileKeys.Remove(profileKey);
    }

    /// <summary>
    /// Reads every profile key and email the store holds, in <paramref name="transaction"/>, so that from then on a key or
    /// email not remembered is known to be absent without asking the store: for a file that names many more people than
    /// the store holds, one read of them all costs less than a query for each person the file names.
    /// </summary>
    public void RememberStore(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var (key, id) in connection.Query<(string Key, long Id)>(
            "SELECT profile_key, id FROM contacts WHERE profile_key IS NOT NULL", transaction: transaction))
        {
            _byProfileKey[key] = id;
        }

        foreach (var (key, id) in connection.Query<(string Key, long Id)>("SELECT email_key, contact_id FROM contact_emails", transaction: transaction))
        {
            _byEmail[key] = id;
        }

        _unlinkedNames = connection.Query<string>("SELECT DISTINCT name_key FROM contacts WHERE profile_key IS NULL", transaction: transaction)
            .ToHashSet(StringComparer.Ordinal);
        _absentProfileKeys.Clear();
        _knowsAll = true;
    }

    /// <summary>Remembers that a contact named <paramref name="nameKey"/> has no profile key (created so, or left so by a merge).</summary>
    public void RememberUnlinked(string nameKey) => _unlinkedNames?.Add(nameKey);

    /// <summary>Remembers that <paramref name="identity"/> is the contact <paramref name="id"/>.</summary>
    public void RememberIdentity(NetworkIdentity identity, long id) => _byIdentity[identity.ToString()] = id;

    /// <summary>The contact with this network identity, if any.</summary>
    public long? FindByIdentity(NetworkIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var name = identity.ToString();
        if (_byIdentity.TryGetValue(name, out var cached))
        {
            return cached;
        }

        _byIdentityCommand.Parameters[0].Value = identity.Network;
        _byIdentityCommand.Parameters[1].Value = identity.Key;
        if (_byIdentityCommand.ExecuteScalar() is long id)
        {
            _byIdentity[name] = id;
            return id;
        }

        return null;
    }

    /// <summary>Remembers that the email <paramref name="emailKey"/> is the contact <paramref name="id"/>'s.</summary>
    public void RememberEmail(string emailKey, long id) => _byEmail[emailKey] = id;

    /// <summary>
    /// The contact these facts name, if the store has them: by profile key, then email, then (if allowed) by a
    /// name that only one contact has, among contacts whose profile URL is not known (older LinkedIn files).
    /// </summary>
    /// <param name="facts">What the row says about the person.</param>
    /// <param name="matchByName">Whether a name alone may name an existing contact.</param>
    /// <param name="claimed">
    /// Contacts already taken by other rows of the same file, whose rows are all different people: a name never
    /// names them again, so two connections who share a name stay two contacts. Among several people of that
    /// name, the one at the same company is taken, so that importing the file again finds each in turn.
    /// </param>
    public long? Resolve(ContactFacts facts, bool matchByName = false, IReadOnlySet<long>? claimed = null)
    {
        if (facts.Identity is { } identity)
        {
            // A network's people are who the network says, and nobody else: never by email or name.
            return FindByIdentity(identity);
        }

        if (facts.ProfileKey is { } key && FindByProfileKey(key) is { } byKey)
        {
            return byKey;
        }

        foreach (var email in facts.Emails)
        {
            if (FindByEmail(ContactWriter.EmailKey(email)) is { } byEmail)
            {
                return byEmail;
            }
        }

        if (matchByName && facts.FullName.Length > 0)
        {
            // Someone with a profile URL can only be a contact whose URL is not known yet.
            var nameKey = NameKey.Of(facts.FullName);
            if (facts.ProfileKey is not null && _unlinkedNames is not null && !_unlinkedNames.Contains(nameKey))
            {
                return null;
            }

            var byName = facts.ProfileKey is null ? _findByName : _findUnlinkedByName;
            byName.Parameters[0].Value = nameKey;
            var candidates = new List<(long Id, string? Company)>();
            using (var reader = byName.ExecuteReader())
            {
                while (reader.Read())
                {
                    var id = reader.GetInt64(0);
                    if (claimed is null || !claimed.Contains(id))
                    {
                        candidates.Add((id, reader.IsDBNull(1) ? null : reader.GetString(1)));
                    }
                }
            }

            if (candidates.Count > 1 && claimed is not null && facts.Company is not null)
            {
                candidates = candidates.Where(c => string.Equals(c.Company, facts.Company, StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
            }

            if (candidates.Count == 1)
            {
                return candidates[0].Id;
            }
        }

        return null;
    }

    /// <summary>The contact with this LinkedIn profile key, if any.</summary>
    public long? FindByProfileKey(string? key)
    {
        if (key is null || _absentProfileKeys.Contains(key))
        {
            return null;
        }

        if (_knowsAll)
        {
            return _byProfileKey.TryGetValue(key, out var remembered) ? remembered : null;
        }

        var id = Lookup(_byProfileKey, _byProfileKeyCommand, key);
        if (id is null)
        {
            _absentProfileKeys.Add(key);
        }

        return id;
    }

    private long? FindByEmail(string key) =>
        !key.Contains('@', StringComparison.Ordinal) ? null
        : _knowsAll ? (_byEmail.TryGetValue(key, out var remembered) ? remembered : null)
        : Lookup(_byEmail, _byEmailCommand, key);

    /// <summary>The id <paramref name="command"/> finds for <paramref name="key"/>, remembered in <paramref name="cache"/>.</summary>
    private static long? Lookup(Dictionary<string, long> cache, SqliteCommand command, string key)
    {
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        command.Parameters[0].Value = key;
        if (command.ExecuteScalar() is long id)
        {
            cache[key] = id;
            return id;
        }

        return null;
    }
}
