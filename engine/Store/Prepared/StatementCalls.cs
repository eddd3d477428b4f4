using System.Runtime.InteropServices;

namespace Playbook.Engine.Store.Prepared;

/// <summary>
/// The few calls into SQLite a <see cref="PreparedStatement"/> makes for every row (binding, stepping, and reading the
/// columns of the rows it returns through <see cref="StatementRow"/>), taking the statement's and the
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

    [LibraryImport(Library, EntryPoint = "sqlite3_column_count")]
    public static partial int ColumnCount(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    public static partial int ColumnType(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
    public static partial double ColumnDouble(nint statement, int column);

    /// <summary>The column's value as UTF-8, valid until the statement steps, resets or reads the column as another type; null for NULL.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    public static partial nint ColumnText(nint statement, int column);

    /// <summary>The length in bytes of the text <see cref="ColumnText"/> gave, read after it.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    public static partial int ColumnBytes(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_name")]
    public static partial nint ColumnName(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    public static partial int Changes(nint connection);

    [LibraryImport(Library, EntryPoint = "sqlite3_last_insert_rowid")]
    public static partial long LastInsertRowId(nint connection);
}
