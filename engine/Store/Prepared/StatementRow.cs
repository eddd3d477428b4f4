using System.Data;
using SQLitePCL;

namespace Playbook.Engine.Store.Prepared;

/// <summary>
/// The current row of a <see cref="PreparedStatement"/>, read by column position as the store's row mappers read a
/// data reader (integers, texts, nulls); without the reader a <c>SqliteCommand</c> builds for every query.
/// </summary>
internal sealed class StatementRow(sqlite3_stmt statement) : IDataRecord
{
    public int FieldCount => raw.sqlite3_column_count(statement);

    public object this[int i] => GetValue(i);

    public object this[string name] => GetValue(GetOrdinal(name));

    public long GetInt64(int i) => raw.sqlite3_column_int64(statement, i);

    public int GetInt32(int i) => raw.sqlite3_column_int(statement, i);

    public string GetString(int i) => raw.sqlite3_column_text(statement, i).utf8_to_string() ?? "";

    public bool IsDBNull(int i) => raw.sqlite3_column_type(statement, i) == raw.SQLITE_NULL;

    public object GetValue(int i) => raw.sqlite3_column_type(statement, i) switch
    {
        raw.SQLITE_NULL => DBNull.Value,
        raw.SQLITE_INTEGER => GetInt64(i),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, i),
        _ => GetString(i),
    };

    public string GetName(int i) => raw.sqlite3_column_name(statement, i).utf8_to_string();

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

    public double GetDouble(int i) => raw.sqlite3_column_double(statement, i);

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
