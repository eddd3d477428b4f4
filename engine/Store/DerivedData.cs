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
            emails_json = (SELECT json_group_array(email) FROM (SELECT email FROM contact_emails WHERE contact_id = $p0 ORDER BY position)),
            phones_json = (SELECT json_group_array(phone) FROM (SELECT phone FROM contact_phones WHERE contact_id = $p0 ORDER BY position)),
            tags_json = (SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags WHERE contact_id = $p0 ORDER BY tag)),
            sources_json = (SELECT json_group_array(source) FROM (SELECT source FROM contact_sources WHERE contact_id = $p0 ORDER BY first_seen, source)),
            urls_json = (SELECT json_group_array(url) FROM (SELECT url FROM contact_urls WHERE contact_id = $p0 ORDER BY position))
        WHERE id = $p0
        """;

    private const string DeleteSearchSql = "DELETE FROM contact_search WHERE rowid = $p0";

    private const string InsertSearchSql = """
        INSERT INTO contact_search (rowid, name, company, position, headline, location, emails, tags, notes)
        SELECT c.id, c.full_name, c.company, c.position, c.headline, c.location,
               (SELECT group_concat(email, ' ') FROM contact_emails WHERE contact_id = c.id),
               (SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id),
               c.notes
        FROM contacts c WHERE c.id = $p0
        """;

    /// <summary>Rewrites the derived data of <paramref name="contactIds"/> inside <paramref name="transaction"/>.</summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> contactIds)
    {
        using var statements = new Statements(connection, transaction);
        var lists = statements.Prepare(ListsSql, 1);
        var delete = statements.Prepare(DeleteSearchSql, 1);
        var insert = statements.Prepare(InsertSearchSql, 1);
        foreach (var id in contactIds)
        {
            foreach (var command in (ReadOnlySpan<SqliteCommand>)[lists, delete, insert])
            {
                Statements.Bind(command, id);
                command.ExecuteNonQuery();
            }
        }
    }
}
