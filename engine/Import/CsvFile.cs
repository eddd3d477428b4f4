using System.Text;
using CsvHelper;

namespace Playbook.Engine.Import;

/// <summary>
/// Streams the records of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks)
/// with the line each starts on, so that problems can name it. Memory does not grow with the file.
/// </summary>
internal static class CsvFile
{
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
}
