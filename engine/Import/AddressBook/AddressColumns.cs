using Playbook.Engine.Import.Csv;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>The city, region and country columns of one postal address (-1 for a column the header lacks).</summary>
internal sealed record AddressColumns(int City, int Region, int Country)
{
    /// <summary>Whether the header has any of the three.</summary>
    public bool Exists => City >= 0 || Region >= 0 || Country >= 0;

    /// <summary>The first column of the address, to put addresses in the order of the file.</summary>
    public int FirstColumn => new[] { City, Region, Country }.Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>"City, region, country" of the row, each cell's primary (or first) value; null when all are empty.</summary>
    public string? Location(string[] fields) => ContactValues.Location(
        MultiValue.First(CsvHeader.Cell(fields, City)),
        MultiValue.First(CsvHeader.Cell(fields, Region)),
        MultiValue.First(CsvHeader.Cell(fields, Country)));
}
