using Microsoft.Data.Sqlite;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>What the import of one file works with: its transaction, writers, the export's date and owner.</summary>
internal sealed class LinkedInFileContext
{
    public required string File { get; init; }
    public required SqliteConnection Connection { get; init; }
    public required SqliteTransaction Transaction { get; init; }
    public required ContactWriter Contacts { get; init; }
    public required EventWriter Events { get; init; }
    public required DateOnly AsOf { get; init; }
    public required ExportOwner Owner { get; init; }
    public required FileTally Tally { get; init; }
    public required Action<long> ReportRows { get; init; }

    /// <summary>
    /// Where in the file the row being stored was read, when the rows were read ahead from a stream of their own (the
    /// progress's fraction); null for the position of the file's stream.
    /// </summary>
    public long? ReadOffset { get; set; }

    /// <summary>The header of this file, found after any preamble.</summary>
    /// <exception cref="ImportException">None of the first rows is the header the file should have.</exception>
    public CsvHeader RequireHeader(IEnumerator<CsvRecord> records, string firstColumn, string expected, params string[] required) =>
        RequireHeader(File, records, firstColumn, expected, required);

    /// <summary>The header of <paramref name="file"/>, found after any preamble.</summary>
    /// <exception cref="ImportException">None of the first rows is the header the file should have.</exception>
    public static CsvHeader RequireHeader(string file, IEnumerator<CsvRecord> records, string firstColumn, string expected, params string[] required)
    {
        var header = HeaderFinder.Find(records, firstColumn)
            ?? throw new ImportException(file, $"has no header row starting '{expected}'; is it the file LinkedIn exports under that name?");
        var missing = required.Where(c => !header.Has(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportException(file, $"line {header.Line}: the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        }

        return header;
    }

    /// <summary>Whether a row has the header's number of fields; skips it with a reason when not.</summary>
    public bool HasHeaderWidth(CsvRecord record, CsvHeader header)
    {
        if (record.Fields.Length == header.Count)
        {
            return true;
        }

        Tally.Skip(record.Line, WidthProblem(record, header));
        return false;
    }

    /// <summary>What is wrong with a row whose number of fields is not the header's.</summary>
    public static string WidthProblem(CsvRecord record, CsvHeader header) =>
        $"has {record.Fields.Length} fields where the header has {header.Count}; check the quotes and commas on this row";
}
