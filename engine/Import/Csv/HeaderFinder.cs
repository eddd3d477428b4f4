namespace Playbook.Engine.Import.Csv;

/// <summary>Finds the header row of a CSV file that may start with a preamble (LinkedIn's <c>Notes:</c>).</summary>
internal static class HeaderFinder
{
    /// <summary>How many records may come before the header.</summary>
    private const int MaxPreambleRecords = 20;

    /// <summary>
    /// Advances <paramref name="records"/> past the header, whose first cell is <paramref name="firstColumn"/>
    /// (case, quotes, spaces and BOM aside). Null when none of the first records is that header.
    /// </summary>
    public static CsvHeader? Find(IEnumerator<CsvRecord> records, string firstColumn)
    {
        for (var seen = 0; seen < MaxPreambleRecords && records.MoveNext(); seen++)
        {
            var record = records.Current;
            if (record.Fields.Length > 0 && string.Equals(CsvHeader.Clean(record.Fields[0]), firstColumn, StringComparison.OrdinalIgnoreCase))
            {
                return new CsvHeader(record.Fields.Select(CsvHeader.Clean).ToArray(), record.Line);
            }
        }

        return null;
    }
}
