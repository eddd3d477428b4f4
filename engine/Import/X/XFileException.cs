namespace Playbook.Engine.Import.X;

/// <summary>A file of an X archive that cannot be read: where, and why. The file is skipped; the rest of the archive imports.</summary>
internal sealed class XFileException(long line, long column, string reason) : Exception(reason)
{
    /// <summary>The 1-based line where the file goes wrong.</summary>
    public long Line { get; } = line;

    /// <summary>The 1-based column (in bytes) where the file goes wrong.</summary>
    public long Column { get; } = column;

    /// <summary>What is wrong and what to do, without the file name.</summary>
    public string Reason { get; } = reason;
}
