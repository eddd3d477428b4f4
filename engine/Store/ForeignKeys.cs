using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store;

/// <summary>
/// The check of every foreign key of the store at once, as <c>PRAGMA foreign_key_check</c> makes it, for a transaction
/// that wrote with the keys unchecked (<see cref="ContactStore.InTransactionCheckingKeysAtEnd{T}"/>). The pragma reads
/// the whole events table, its largest, row by row, and looks each row's contact up: nine-tenths of the check after a
/// large import. The events' one key, to their contact, is checked through the index by contact instead, a few
/// megabytes read in the contacts' order rather than the table's tens; every other table by the pragma.
/// </summary>
internal static class ForeignKeys
{
    /// <summary>The first row that names a row that does not exist, with the table it names; null when there is none.</summary>
    public static (string Table, long? RowId, string Parent)? FirstViolation(SqliteConnection connection, SqliteTransaction transaction)
    {
        var tables = connection.Query<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND EXISTS (SELECT 1 FROM pragma_foreign_key_list(name)) ORDER BY name",
            transaction: transaction).ToList();
        foreach (var table in tables)
        {
            var violation = table == "events" && EventsByContact(connection, transaction)
                ? connection.Query<(string, long?, string)>(
                    """
                    SELECT 'events', e.id, 'contacts' FROM events e INDEXED BY events_contact_at
                    WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = e.contact_id) LIMIT 1
                    """, transaction: transaction).Select(v => ((string, long?, string)?)v).FirstOrDefault()
                : connection.Query<(string, long?, string)>(
                    "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check(@table) LIMIT 1", new { table }, transaction)
                    .Select(v => ((string, long?, string)?)v).FirstOrDefault();
            if (violation is not null)
            {
                return violation;
            }
        }

        return null;
    }

    /// <summary>Whether the events' only key is their contact's id, and the index by contact is there to check it through.</summary>
    private static bool EventsByContact(SqliteConnection connection, SqliteTransaction transaction) =>
        connection.ExecuteScalar<bool>(
            """
            SELECT (SELECT count(*) FROM pragma_foreign_key_list('events')) = 1
               AND EXISTS (SELECT 1 FROM pragma_foreign_key_list('events') WHERE "from" = 'contact_id' AND "table" = 'contacts' AND "to" = 'id')
               AND EXISTS (SELECT 1 FROM pragma_index_info('events_contact_at') WHERE seqno = 0 AND name = 'contact_id')
            """, transaction: transaction);
}
