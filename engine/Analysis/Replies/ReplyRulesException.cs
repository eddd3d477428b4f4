namespace Playbook.Engine.Analysis.Replies;

/// <summary>A rules file that cannot be used: <c>file(line,col): message</c>.</summary>
public sealed class ReplyRulesException(string file, int line, int column, string message)
    : Exception($"{file}({line},{column}): {message}")
{
    /// <summary>The rules file.</summary>
    public string File { get; } = file;
}
