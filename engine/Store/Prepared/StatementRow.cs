using System.Data;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace Playbook.Engine.Store.Prepared;

/// <summary>
/// The current row of a <see cref="PreparedStatement"/>, read by column position as the store's row mappers read a
/// data reader (integers, texts, nulls); without the reader a <c>SqliteCommand</c> builds for every query. It reads
/// through <see cref="StatementCalls"/> by the statement's pointer, which its <see cref="PreparedStatement"/> keeps
/// alive while it steps: a pass's read-ahead reads some forty columns for every contact it brings.
/// </summary>
internal sealed class StatementRow(nint statement) : IDataRecord
{
    public int FieldCount => StatementCalls.ColumnCount(statement);

    public object this[int i] => GetValue(i);

    public object this[string name] => GetValue(GetOrdinal(name));

    public long GetInt64(int i) => StatementCalls.ColumnInt64(statement, i);

    public int GetInt32(int i) => (int)GetInt64(i);

    /// <summary>The column as a text; an empty one for NULL.</summary>
    public string GetString(int i)
    {
        var text = StatementCalls.ColumnText(statement, i);
        return text == 0 ? "" : Marshal.PtrToStringUTF8(text, StatementCalls.ColumnBytes(statement, i));
    }

    public bool IsDBNull(int i) => StatementCalls.ColumnType(statement, i) == raw.SQLITE_NULL;

    public object GetValue(int i) => StatementCalls.ColumnType(statement, i) switch
    {
        raw.SQLITE_NULL => DBNull.Value,
        raw.SQLITE_INTEGER => GetInt64(i),
        raw.SQLITE_FLOAT => GetDouble(i),
        _ => GetString(i),
    };

    public string GetName(int i) => Marshal.PtrToStringUTF8(StatementCalls.ColumnName(statement, i)) ?? "";

    public int GetOrdinal(string name)
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (string.Equals(GetName(i), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "no such column");
    }

    public bool GetBoolean(int i) => GetInt64(i) != 0;

    public double GetDouble(int i) => StatementCalls.ColumnDouble(statement, i);

    public byte GetByte(int i) => throw new NotSupportedException();

    public long GetBytes(int i, long fieldOffset, byte[]? buffer, int bufferoffset, int length) => throw new NotSupportedException();

    public char GetChar(int i) => throw new NotSupportedException();

    public long GetChars(int i, long fieldoffset, char[]? buffer, int bufferoffset, int length) => throw new NotSupportedException();

    public IDataReader GetData(int i) => throw new NotSupportedException();

    public string GetDataTypeName(int i) => throw new NotSupportedException();

    public DateTime GetDateTime(int i) => throw new NotSupportedException();

    public decimal GetDecimal(int i) => throw new NotSupportedException();

    public Type GetFieldType(int i) => throw new NotSupportedException();

    public float GetFloat(int i) => (float)GetDouble(i);

    public Guid GetGuid(int i) => throw new NotSupportedException();

    public short GetInt16(int i) => (short)GetInt64(i);

    public int GetValues(object[] values) => throw new NotSupportedException();
}
