namespace Playbook.Engine.Import.Reports;

/// <summary>A whole file or export could not be read: nothing of it was stored.</summary>
public sealed class ImportException(string file, string reason, Exception? inner = null)
    : Exception($"{file}: {reason}", inner)
{
    /// <summary>The file (or export) that could not be read.</summary>
    public string File { get; } = file;

    /// <summary>What was wrong and what to do, without the file name.</summary>
    public string Reason { get; } = reason;
}
