using System.Text;
using Playbook.Engine.Import.Csv;

namespace Playbook.Tests.Import.Csv;

public sealed class CsvFileTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_KeepsThemWithTheStartingLine()
    {
        var records = Read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n\nlast,one\n");

        Assert.Equal([1L, 2L, 3L, 6L], records.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["multi\nline", "z"], records[2].Fields);
        Assert.Equal(["last", "one"], records[3].Fields);
    }

    [Fact]
    public void Read_RecordLongerThanTheLimit_IsRefusedAtThatRecordAfterTheOnesBefore()
    {
        // An unclosed quote runs to the end of the file: without a limit, the whole file would be one field in memory.
        var text = "First Name,Last Name\nAna,Ruiz\n\"" + new string('x', CsvFile.MaxRecordBytes + 1024) + "\n";
        var read = new List<CsvRecord>();

        var error = Assert.Throws<CsvHelper.CsvFormatException>(() =>
        {
            foreach (var record in CsvFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))))
            {
                read.Add(record);
            }
        });

        Assert.Equal([1L, 2L], read.Select(r => r.Line));
        Assert.Contains("Record 3 is longer than MaxRecordSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8Bom_IsNotPartOfTheFirstField()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("First Name,Last Name\nZoë,Brandt\n")).ToArray();

        var records = CsvFile.Read(new MemoryStream(bytes)).ToList();

        Assert.Equal("First Name", CsvHeader.Clean(records[0].Fields[0]));
        Assert.Equal(["Zoë", "Brandt"], records[1].Fields);
    }

    [Fact]
    public void Read_RowOfEmptyCells_IsBlank()
    {
        var records = Read("a,b\n,\n \" \",x\n");

        Assert.True(records[1].IsBlank);
        Assert.False(records[2].IsBlank);
    }

    private static List<CsvRecord> Read(string text) => CsvFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();
}
