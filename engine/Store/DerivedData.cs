using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store;

/// <summary>
/// What the store derives from a contact's rows, kept so that reads are one row each: the JSON copies of
/// its lists on <c>contacts</c> (emails, phones, sources, web addresses), and its row in the full-text index
/// (<c>contact_search</c>, rowid = contact id). Every write to a contact or those lists ends by refreshing that contact
/// here, inside the same transaction. Its tags derive nothing: they are read from <c>contact_tags</c>
/// (<see cref="TagsOfContact"/>) and found by their words through <c>tag_search</c>. A run pass keeps the time of the
/// tags it gives beside the contact, in <c>contact_tagged</c> (<see cref="UpdatedAtOfContact"/>), so that a pass that
/// tags most of its contacts rewrites none of their rows; a tag given by hand (<c>contacts tag</c>) sets the row's own
/// time of change.
/// </summary>
internal static class DerivedData
{
    private const string ListsSql = """
        UPDATE contacts SET
            emails_json = (SELECT json_group_array(email) FROM (SELECT email FROM contact_emails WHERE contact_id = $p0 ORDER BY position)),
            phones_json = (SELECT json_group_array(phone) FROM (SELECT phone FROM contact_phones WHERE contact_id = $p0 ORDER BY position)),
            sources_json = (SELECT json_group_array(source) FROM (SELECT source FROM contact_sources WHERE contact_id = $p0 ORDER BY first_seen, source)),
            urls_json = (SELECT json_group_array(url) FROM (SELECT url FROM contact_urls WHERE contact_id = $p0 ORDER BY position))
        WHERE id = $p0
        """;

    /// <summary>A contact's tags (a JSON array, sorted), read from <c>contact_tags</c> for the contact <c>c</c>.</summary>
    public const string TagsOfContact =
        "(SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags t WHERE t.contact_id = c.id ORDER BY tag))";

    /// <summary>
    /// A contact's time of change, for the contact <c>c</c>: the later of its row's and of its tags' last change (kept
    /// in <c>contact_tagged</c> by <see cref="TaggedInsert"/>).
    /// </summary>
    public const string UpdatedAtOfContact =
        "coalesce(max(c.updated_at, (SELECT g.tagged_at FROM contact_tagged g WHERE g.contact_id = c.id)), c.updated_at)";

    private const string DeleteSearchSql = "DELETE FROM contact_search WHERE rowid = $p0";

    /// <summary>A contact's full-text row from its contact row and lists; the statements below say which contacts.</summary>
    private const string SearchRowsSql = """
        INSERT INTO contact_search (rowid, name, company, position, headline, location, emails, notes)
        SELECT c.id, c.full_name, c.company, c.position, c.headline, c.location,
               (SELECT group_concat(email, ' ') FROM contact_emails WHERE contact_id = c.id),
               c.notes

        """;

    private const string InsertSearchSql = SearchRowsSql + "FROM contacts c WHERE c.id = $p0";

    private const string AddSearchSql = SearchRowsSql + "FROM contacts c WHERE c.id IN (SELECT value FROM json_each($ids)) ORDER BY c.id";

    /// <summary>
    /// Writes the full-text rows of <paramref name="contactIds"/>, contacts that have none yet (just created), in one
    /// statement inside <paramref name="transaction"/>. A full-text write is costly per statement (each opens a savepoint
    /// on the full-text table, which writes the terms still pending out as a segment of their own, merged again later),
    /// so an import adds the rows of the contacts it created together, at the end of the file's transaction, rather
    /// than one per contact.
    /// </summary>
    public static void AddSearch(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> contactIds)
    {
        var ids = string.Join(',', contactIds);
        if (ids.Length > 0)
        {
            connection.Execute(AddSearchSql, new { ids = $"[{ids}]" }, transaction);
        }
    }

    /// <summary>Rewrites the derived data of <paramref name="contactIds"/> inside <paramref name="transaction"/>.</summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> contactIds)
    {
        using var statements = new Statements(connection, transaction);
        SqliteCommand[] commands = [statements.Prepare(ListsSql, 1), .. PrepareSearch(statements.Prepare)];
        foreach (var id in contactIds)
        {
            Refresh(commands, id);
        }
    }

    /// <summary>The statements that rewrite a contact's full-text row, prepared by <paramref name="prepare"/>.</summary>
    public static SqliteCommand[] PrepareSearch(Func<string, int, SqliteCommand> prepare) =>
        [prepare(DeleteSearchSql, 1), prepare(InsertSearchSql, 1)];

    /// <summary>
    /// The start, up to its values, of the statement that records the time of a change of contacts' tags: two values a
    /// row, the contact's id and the time; with <see cref="TaggedUpsert"/> after the values, a contact keeps the later
    /// of its two times.
    /// </summary>
    public const string TaggedInsert = "INSERT INTO contact_tagged (contact_id, tagged_at)";

    /// <summary>What follows <see cref="TaggedInsert"/>'s values.</summary>
    public const string TaggedUpsert = "ON CONFLICT (contact_id) DO UPDATE SET tagged_at = max(tagged_at, excluded.tagged_at)";

    /// <summary>Runs each of <paramref name="commands"/> (made by the methods above) for <paramref name="contactId"/>.</summary>
    public static void Refresh(ReadOnlySpan<SqliteCommand> commands, long contactId)
    {
        foreach (var command in commands)
        {
            Statements.Bind(command, contactId);
            command.ExecuteNonQuery();
        }
    }
}
