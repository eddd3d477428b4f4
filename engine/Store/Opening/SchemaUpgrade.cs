using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store.Opening;

/// <summary>The store's schema version on opening: upgraded in place by <see cref="Migrations"/>, or refused when newer, or when read-only and behind.</summary>
internal static class SchemaUpgrade
{
    /// <summary>A read-only store must already be at this build's schema: upgrading it would write.</summary>
    public static void RequireCurrent(SqliteConnection connection, string path, string readOnly)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > Migrations.Latest)
        {
            throw Newer(path, version);
        }

        if (version == 0)
        {
            throw new StoreException(path, $"is empty and read-only ({readOnly}), so it cannot be made a store; give it write access, or choose another file with --db");
        }

        if (version < Migrations.Latest)
        {
            throw new StoreException(path, string.Create(CultureInfo.InvariantCulture,
                $"was written by an earlier build of playbook (schema version {version}) and is read-only ({readOnly}); give it write access once, so that it can be upgraded"));
        }
    }

    private static StoreException Newer(string path, int version) => new(path, string.Create(CultureInfo.InvariantCulture,
        $"has schema version {version}, newer than this build of playbook understands ({Migrations.Latest}); upgrade playbook to open it"));

    /// <summary>Brings the file on <paramref name="connection"/> up to this build's schema, one migration per transaction; refuses a newer one.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > Migrations.Latest)
        {
            throw Newer(path, version);
        }

        for (var next = version + 1; next <= Migrations.Latest; next++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);
            if (current >= next)
            {
                // Another process upgraded the file while this one waited for the lock.
                transaction.Commit();
                continue;
            }

            connection.Execute(Migrations.Steps[next - 1], transaction: transaction);
            connection.Execute($"PRAGMA user_version = {next}", transaction: transaction);
            transaction.Commit();
        }
    }
}
