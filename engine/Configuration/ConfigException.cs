using Playbook.Engine.Problems;

namespace Playbook.Engine.Configuration;

/// <summary>The settings file is not valid: every problem it has, each with its line, column and what to change.</summary>
public sealed class ConfigException(IReadOnlyList<Problem> problems)
    : Exception(string.Join('\n', problems))
{
    /// <summary>Every problem of the file, in file order; one line each in <see cref="Exception.Message"/>.</summary>
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
