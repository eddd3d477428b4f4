using System.Text.Json;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.X;

/// <summary>
/// Followers and following: ids only, so no contact is made from them. A contact whose X id is among them is tagged
/// <c>x-follower</c> or <c>x-following</c>; the others are counted.
/// </summary>
internal static class XFollows
{
    /// <summary>The tag of contacts who follow the owner on X.</summary>
    public const string FollowerTag = "x-follower";

    /// <summary>The tag of contacts the owner follows on X.</summary>
    public const string FollowingTag = "x-following";

    /// <summary>Why an id of the file is counted and left out.</summary>
    public const string NotContacts = "accounts that are not contacts";

    /// <summary>Tags the contacts among the ids of <paramref name="root"/> (a follower or following file's array) with <paramref name="tag"/>.</summary>
    /// <returns>The contacts that got the tag.</returns>
    public static List<long> Mark(JsonElement root, string itemName, string tag, SqliteConnection connection, SqliteTransaction transaction, FileTally tally)
    {
        var tagged = new List<long>();
        if (root.ValueKind != JsonValueKind.Array)
        {
            tally.Skip(1, $"holds no list of accounts; is it the {itemName}.js of an X archive?");
            return tagged;
        }

        using var statements = new Statements(connection, transaction);
        var find = statements.Prepare("SELECT contact_id FROM contact_identities WHERE network = $p0 AND key = $p1", 2);
        var insert = statements.Prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES ($p0, $p1)", 2);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.EnumerateArray())
        {
            var account = item.ValueKind == JsonValueKind.Object && item.TryGetProperty(itemName, out var inner) ? inner : item;
            var id = XDataFile.Id(account, "accountId");
            if (id is null)
            {
                tally.Skip(1, $"an entry without an account id (accountId) was left out");
                continue;
            }

            if (!seen.Add(id))
            {
                continue;
            }

            Statements.Bind(find, NetworkIdentity.X, id);
            if (find.ExecuteScalar() is not long contact)
            {
                tally.Ignore(NotContacts);
                continue;
            }

            Statements.Bind(insert, contact, tag);
            if (insert.ExecuteNonQuery() > 0)
            {
                tagged.Add(contact);
                tally.Count(UpsertOutcome.Updated);
            }
            else
            {
                tally.Count(UpsertOutcome.Unchanged);
            }
        }

        return tagged;
    }
}
