using System.Runtime.InteropServices;

namespace Playbook.Engine.Store.Prepared;

/// <summary>
/// The few calls into SQLite a <see cref="PreparedStatement"/> makes for every row, taking the statement's and the
/// connection's pointers as they are. The same calls through SQLitePCL take each pointer as a safe handle, which counts
/// a reference up and down around every call: two atomic operations for each value bound, a twentieth of an import's
/// and of a pass's store thread. The pointers are those of a statement this process prepared and has not finalized,
/// and of its connection, which SQLite keeps open until its last statement is finalized; the library is the one
/// SQLitePCL loaded (<c>e_sqlite3</c>, resolved the same way).
/// </summary>
internal static partial class StatementCalls
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLite's <c>SQLITE_TRANSIENT</c>: it copies the value before the call returns.</summary>
    public const nint Transient = -1;

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    public static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    public static partial int BindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static partial int BindText(nint statement, int index, ref byte text, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    public static partial int Changes(nint connection);

    [LibraryImport(Library, EntryPoint = "sqlite3_last_insert_rowid")]
    public static partial long LastInsertRowId(nint connection);
}
