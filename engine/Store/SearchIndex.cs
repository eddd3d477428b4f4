using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store;

/// <summary>Keeps the full-text index (<c>contact_search</c>, rowid = contact id) in step with contacts.</summary>
internal static class SearchIndex
{
    private const string DeleteSql = "DELETE FROM contact_search WHERE rowid = $id";

    private const string InsertSql = """
        INSERT INTO contact_search (rowid, name, company, position, headline, location, emails, tags, notes)
        SELECT c.id, c.full_name, c.company, c.position, c.headline, c.location,
               (SELECT group_concat(email, ' ') FROM contact_emails WHERE contact_id = c.id),
               (SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id),
               c.notes
        FROM contacts c WHERE c.id = $id
        """;

    /// <summary>Rewrites the index rows of <paramref name="contactIds"/> inside <paramref name="transaction"/>.</summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> contactIds)
    {
        using var delete = Prepare(connection, transaction, DeleteSql, out var deleteId);
        using var insert = Prepare(connection, transaction, InsertSql, out var insertId);
        foreach (var id in contactIds)
        {
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
