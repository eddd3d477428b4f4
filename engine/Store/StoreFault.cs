namespace Playbook.Engine.Store;

/// <summary>Why a <see cref="StoreException"/> was thrown: what the user can do about it differs.</summary>
public enum StoreFault
{
    /// <summary>
    /// The file cannot be a store as it is: not a SQLite database, another application's database, newer than this
    /// build, a folder, in a folder that does not exist, damaged, or unreadable.
    /// </summary>
    Unusable,

    /// <summary>The store is read-only and the work asked for would change it; nothing was changed.</summary>
    ReadOnly,

    /// <summary>Another process kept the store busy with a write for longer than the store waits.</summary>
    Busy,
}
