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
