using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Store;

/// <summary>Prepared commands of one transaction, positional parameters <c>$p0</c>, <c>$p1</c>..., disposed together.</summary>
internal sealed class Statements(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly List<SqliteCommand> _commands = [];

    public SqliteCommand Prepare(string sql, int parameterCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        _commands.Add(command);
        return command;
    }

    /// <summary>Sets the parameters of <paramref name="command"/> in order; null becomes SQL NULL.</summary>
    public static void Bind(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }
}
