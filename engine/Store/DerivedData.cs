using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store;

/// <summary>
/// What the store derives from a contact's rows, kept so that reads are one row each: the JSON copies of
/// its lists on <c>contacts</c> (emails, phones, tags, sources, web addresses) and its row in the
/// full-text index (<c>contact_search</c>, rowid = contact id). Every write to a contact or its lists
/// ends by refreshing that contact here, inside the same transaction.
/// </summary>
internal static class DerivedData
{
    private const string ListsSql = """
        UPDATE contacts SET
            emails_json = (SELECT json_group_array(email) FROM (SELECT email FROM contact_emails WHERE contact_id = $id ORDER BY position)),
            phones_json = (SELECT json_group_array(phone) FROM (SELECT phone FROM contact_phones WHERE contact_id = $id ORDER BY position)),
            tags_json = (SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags WHERE contact_id = $id ORDER BY tag)),
            sources_json = (SELECT json_group_array(source) FROM (SELECT source FROM contact_sources WHERE contact_id = $id ORDER BY first_seen, source)),
            urls_json = (SELECT json_group_array(url) FROM (SELECT url FROM contact_urls WHERE contact_id = $id ORDER BY position))
        WHERE id = $id
        """;

    private const string DeleteSearchSql = "DELETE FROM contact_search WHERE rowid = $id";

    private const string InsertSearchSql = """
        INSERT INTO contact_search (rowid, name, company, position, headline, location, emails, tags, notes)
        SELECT c.id, c.full_name, c.company, c.position, c.headline, c.location,
               (SELECT group_concat(email, ' ') FROM contact_emails WHERE contact_id = c.id),
               (SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id),
               c.notes
        FROM contacts c WHERE c.id = $id
        """;

    /// <summary>Rewrites the derived data of <paramref name="contactIds"/> inside <paramref name="transaction"/>.</summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> contactIds)
    {
        using var lists = Prepare(connection, transaction, ListsSql, out var listsId);
        using var delete = Prepare(connection, transaction, DeleteSearchSql, out var deleteId);
        using var insert = Prepare(connection, transaction, InsertSearchSql, out var insertId);
        foreach (var id in contactIds)
        {
            listsId.Value = id;
            lists.ExecuteNonQuery();
            deleteId.Value = id;
            delete.ExecuteNonQuery();
            insertId.Value = id;
            insert.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, out SqliteParameter id)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        id = command.Parameters.Add("$id", SqliteType.Integer);
        command.Prepare();
        return command;
    }
}
