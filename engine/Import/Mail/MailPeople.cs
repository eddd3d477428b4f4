using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Mail;

/// <summary>
/// Who a mail can be about: the contacts' addresses (the only way a mail names a contact), the contacts' names (to
/// count mail that only names one), and the owner's addresses. Read once per import, so that a mailbox of strangers
/// costs a dictionary lookup per address and nothing in the store.
/// </summary>
internal sealed class MailPeople
{
    private readonly Dictionary<string, long> _byEmail;
    private readonly HashSet<string> _names;
    private readonly HashSet<string> _owner;

    private MailPeople(Dictionary<string, long> byEmail, HashSet<string> names, HashSet<string> owner)
    {
        _byEmail = byEmail;
        _names = names;
        _owner = owner;
    }

    /// <summary>The contacts of the store on <paramref name="connection"/>, and the owner's <paramref name="ownerEmails"/>.</summary>
    public static MailPeople Load(SqliteConnection connection, IEnumerable<string> ownerEmails)
    {
        var byEmail = new Dictionary<string, long>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT email_key, contact_id FROM contact_emails";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                byEmail[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT name_key FROM contacts WHERE name_key LIKE '% %'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var owner = ownerEmails.Select(Key).Where(e => e.Contains('@', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return new MailPeople(byEmail, names, owner);
    }

    /// <summary>Whether any address of the owner is known.</summary>
    public bool OwnerKnown => _owner.Count > 0;

    /// <summary>Whether <paramref name="address"/> is the owner's.</summary>
    public bool IsOwner(string? address) => address is not null && _owner.Contains(Key(address));

    /// <summary>The contact whose address <paramref name="address"/> is, if any.</summary>
    public long? ContactOf(string? address) =>
        address is not null && _byEmail.TryGetValue(Key(address), out var id) ? id : null;

    /// <summary>Whether <paramref name="displayName"/> is the full name of some contact (a name alone never makes a mail theirs).</summary>
    public bool NamesAContact(string? displayName) =>
        !string.IsNullOrWhiteSpace(displayName) && _names.Contains(NameKey.Of(displayName));

    /// <summary>An address as the store keys it: trimmed, lower-cased, without a <c>mailto:</c>.</summary>
    public static string Key(string address)
    {
        var key = address.Trim().ToLowerInvariant();
        return key.StartsWith("mailto:", StringComparison.Ordinal) ? key[7..] : key;
    }
}
