namespace Playbook.Engine.Scripting;

/// <summary>
/// A condition that could not give an answer: it threw while it ran (a <c>null</c> it read, a bad index) or it did not
/// compile. Carries the condition and where it is written, for the run's journal.
/// </summary>
public sealed class ConditionException : Exception
{
    /// <summary>Creates the exception for the condition <paramref name="source"/>.</summary>
    public ConditionException(ConditionSource source, string reason, Exception? innerException = null)
        : base(Describe(source, reason), innerException)
    {
        Key = source.Key;
        File = source.File;
        Line = source.Line;
        Column = source.Column;
        Reason = reason;
    }

    /// <summary>The condition's key, e.g. <c>welcome.yaml#when</c>.</summary>
    public string Key { get; }

    /// <summary>The playbook file the condition is written in.</summary>
    public string File { get; }

    /// <summary>The line of the condition's first character, from 1.</summary>
    public int Line { get; }

    /// <summary>The column of the condition's first character, from 1.</summary>
    public int Column { get; }

    /// <summary>What went wrong, without the position.</summary>
    public string Reason { get; }

    private static string Describe(ConditionSource source, string reason)
    {
        ArgumentNullException.ThrowIfNull(source);
        return $"{source.File}({source.Line},{source.Column}): condition '{source.Key}' {reason}";
    }
}
