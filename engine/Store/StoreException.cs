namespace Playbook.Engine.Store;

/// <summary>The store file cannot be used as it is: newer than this build, not a store, or unreadable.</summary>
public sealed class StoreException(string path, string message, Exception? inner = null)
    : Exception($"{path}: {message}", inner)
{
    /// <summary>The store file.</summary>
    public string Path { get; } = path;
}
