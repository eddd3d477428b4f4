using Microsoft.Data.Sqlite;

namespace Playbook.Benchmarks;

/// <summary>Prepared commands with positional parameters (<c>$p0</c>, <c>$p1</c>, ...), as the hand-written loops use them.</summary>
internal static class Sql
{
    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, int count)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 0; i < count; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Binds <paramref name="values"/> in order (null as SQL NULL) and runs the command.</summary>
    public static object? Run(SqliteCommand command, bool scalar, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
