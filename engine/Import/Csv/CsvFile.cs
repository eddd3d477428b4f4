using System.Text;
using CsvHelper;

namespace Playbook.Engine.Import.Csv;

/// <summary>
/// Streams the records of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks)
/// with the line each starts on, so that problems can name it. Memory does not grow with the file.
/// </summary>
internal static class CsvFile
{
    /// <summary>
    /// The longest record read, in bytes: a message of a LinkedIn export is at most a few thousand characters. A file
    /// with a longer one (an unclosed quote near its start, a gigabyte on one line) is refused at that record, rather
    /// than read whole into memory.
    /// </summary>
    public const int MaxRecordBytes = 16 << 20;

    /// <summary>The records of <paramref name="stream"/>; a BOM is honoured, UTF-8 assumed otherwise.</summary>
    public static IEnumerable<CsvRecord> Read(Stream stream, Encoding? encoding = null)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            Encoding = encoding,
            MaxRecordSize = MaxRecordBytes,
        };

        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            yield return new CsvRecord(reader.LineNumber, fields);
        }
    }

    /// <summary>
    /// One column's values, by name, from a file whose header row starts with <paramref name="firstColumn"/>
    /// (after any preamble): a cheap pass that turns only that column into strings.
    /// </summary>
    public static IEnumerable<string> ReadColumn(Stream stream, string firstColumn, string column)
    {
        var options = new CsvReaderOptions { HasHeader = false, Separator = ',', SkipEmptyLines = true, MaxRecordSize = MaxRecordBytes };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        var index = -1;
        for (var seen = 0; index < 0 && seen < 20 && reader.Read(); seen++)
        {
            if (reader.FieldCount > 0 && string.Equals(CsvHeader.Clean(reader.GetString(0)), firstColumn, StringComparison.OrdinalIgnoreCase))
            {
                var names = Enumerable.Range(0, reader.FieldCount).Select(i => CsvHeader.Clean(reader.GetString(i))).ToArray();
                index = new CsvHeader(names, 0).IndexOf(column);
                if (index < 0)
                {
                    yield break;
                }
            }
        }

        while (index >= 0 && reader.Read())
        {
            if (index < reader.FieldCount)
            {
                yield return reader.GetString(index);
            }
        }
    }
}
