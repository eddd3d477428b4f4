using SQLitePCL;

namespace Playbook.Engine.Store.Opening;

/// <summary>
/// How the SQLite library is set up for the process, once, before its first connection opens.
/// </summary>
internal static class SqliteLibrary
{
    /// <summary>
    /// Turns off SQLite's count of the memory it allocates (<c>SQLITE_CONFIG_MEMSTATUS</c>). Kept on, every allocation and
    /// free SQLite makes (a page read into its cache, a statement's cursor, a savepoint's copy of a page) takes a mutex
    /// shared by the whole process to update the count, which nothing in Playbook reads: a tenth of a pass's time over
    /// fresh invitations. SQLite only takes the setting before it is first initialised (the first connection opened);
    /// after that, as when a test opened a connection of its own first, the library keeps counting and nothing else
    /// changes.
    /// </summary>
    public static void Configure()
    {
        Batteries_V2.Init();
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
