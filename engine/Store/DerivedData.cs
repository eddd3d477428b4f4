using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store;

/// <summary>
/// What the store derives from a contact's rows, kept so that reads are one row each: the JSON copies of
/// its lists on <c>contacts</c> (emails, phones, tags, sources, web addresses), its row in the
/// full-text index (<c>contact_search</c>, rowid = contact id), and its tags' row in their own full-text index
/// (<c>contact_tag_search</c>, rowid = contact id; none for a contact without tags). Every write to a contact or its
/// lists ends by refreshing that contact here, inside the same transaction.
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

    /// <summary>
    /// Brings the rows of the contacts recorded in <c>search_stale</c> up to date with their tags: their JSON copy of them,
    /// and their time of change (the latest of the row's and the tags'). One statement over the set, in id order.
    /// </summary>
    private const string StaleTagsSql = """
        UPDATE contacts SET
            tags_json = (SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags WHERE contact_id = contacts.id ORDER BY tag)),
            updated_at = max(updated_at, coalesce((SELECT s.tagged_at FROM search_stale s WHERE s.contact_id = contacts.id), updated_at))
        WHERE id IN (SELECT contact_id FROM search_stale)
        """;

    /// <summary>
    /// A contact's tags as <c>tags_json</c> holds them once it is up to date (a JSON array, sorted), read from
    /// <c>contact_tags</c> for the contact <c>c</c>: right even while its row is behind (see <see cref="StaleInsert"/>).
    /// </summary>
    public const string TagsOfContact =
        "(SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags t WHERE t.contact_id = c.id ORDER BY tag))";

    /// <summary>
    /// A contact's time of change as its row holds it once it is up to date, for the contact <c>c</c>: the later of the
    /// row's and of a tag recorded in <c>search_stale</c> and not yet brought to the row.
    /// </summary>
    public const string UpdatedAtOfContact =
        "coalesce(max(c.updated_at, (SELECT s.tagged_at FROM search_stale s WHERE s.contact_id = c.id)), c.updated_at)";

    private const string DeleteSearchSql = "DELETE FROM contact_search WHERE rowid = $p0";

    private const string DeleteTagSearchSql = "DELETE FROM contact_tag_search WHERE rowid = $p0";

    /// <summary>A contact's full-text row from its contact row and lists; the statements below say which contacts.</summary>
    private const string SearchRowsSql = """
        INSERT INTO contact_search (rowid, name, company, position, headline, location, emails, notes)
        SELECT c.id, c.full_name, c.company, c.position, c.headline, c.location,
               (SELECT group_concat(email, ' ') FROM contact_emails WHERE contact_id = c.id),
               c.notes

        """;

    /// <summary>
    /// The full-text rows of the tags of the contacts <c>t.contact_id</c> the statements below choose: one row a contact
    /// that has tags, none for one without.
    /// </summary>
    private const string TagSearchRowsSql = """
        INSERT INTO contact_tag_search (rowid, tags)
        SELECT t.contact_id, group_concat(t.tag, ' ') FROM contact_tags t

        """;

    private const string InsertSearchSql = SearchRowsSql + "FROM contacts c WHERE c.id = $p0";

    private const string InsertTagSearchSql = TagSearchRowsSql + "WHERE t.contact_id = $p0 GROUP BY t.contact_id";

    private const string StaleTagSearchSql = TagSearchRowsSql + "WHERE t.contact_id IN (SELECT contact_id FROM search_stale) GROUP BY t.contact_id ORDER BY t.contact_id";

    private const string AddSearchSql = SearchRowsSql + "FROM contacts c WHERE c.id IN (SELECT value FROM json_each($ids)) ORDER BY c.id";

    private const string AddTagSearchSql = TagSearchRowsSql + "WHERE t.contact_id IN (SELECT value FROM json_each($ids)) GROUP BY t.contact_id ORDER BY t.contact_id";

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
            connection.Execute(AddTagSearchSql, new { ids = $"[{ids}]" }, transaction);
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

    /// <summary>The statements that rewrite a contact's full-text rows (its own and its tags'), prepared by <paramref name="prepare"/>.</summary>
    public static SqliteCommand[] PrepareSearch(Func<string, int, SqliteCommand> prepare) =>
        [prepare(DeleteSearchSql, 1), prepare(InsertSearchSql, 1), prepare(DeleteTagSearchSql, 1), prepare(InsertTagSearchSql, 1)];

    /// <summary>
    /// The start, up to its values, of the statement that records contacts whose tags changed, and whose row (its copy
    /// of its tags, its time of change) and full-text row are behind (see <see cref="RefreshStaleSearch"/>): two values
    /// a row, the contact's id and the time of the change. A later change replaces an earlier one's time, as it would
    /// have replaced the row's.
    /// </summary>
    public const string StaleInsert = "INSERT OR REPLACE INTO search_stale (contact_id, tagged_at)";

    /// <summary>
    /// Brings the rows (copy of the tags, time of change) and the tags' full-text rows of the contacts recorded in
    /// <c>search_stale</c> up to date, in one transaction, and forgets them; returns how many. Called at the end of a
    /// batch run, and when a store is opened (after a crash). Their own full-text rows hold no tags, and stay.
    /// </summary>
    public static int RefreshStaleSearch(SqliteConnection connection)
    {
        if (connection.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM search_stale)") == 0)
        {
            return 0;
        }

        // Two statements over the whole set rather than two per contact: after a batch run that tagged every contact,
        // the statements' own cost was most of the refresh.
        using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        connection.Execute(StaleTagsSql, transaction: transaction);
        connection.Execute("DELETE FROM contact_tag_search WHERE rowid IN (SELECT contact_id FROM search_stale)", transaction: transaction);
        connection.Execute(StaleTagSearchSql, transaction: transaction);
        var count = connection.Execute("DELETE FROM search_stale", transaction: transaction);
        transaction.Commit();
        return count;
    }

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
