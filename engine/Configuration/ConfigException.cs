namespace Playbook.Engine.Configuration;

/// <summary>The settings file is not valid: says where and what to change.</summary>
public sealed class ConfigException(string file, long line, long column, string reason, Exception? inner = null)
    : Exception($"{file}({line},{column}): {reason}", inner)
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public long Column { get; } = column;

    public string Reason { get; } = reason;
}
