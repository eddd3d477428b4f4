using Playbook.Engine.Import.Csv;

namespace Playbook.Tests.Import.Csv;

public sealed class CsvHeaderTests
{
    [Fact]
    public void IndexOf_NamesWithSpacesQuotesAndOtherCase_AreFound()
    {
        var header = new CsvHeader([" \"URL\" ", "connected on", "Email Address"], 1);

        Assert.Equal(0, header.IndexOf("url"));
        Assert.Equal(2, header.IndexOf("Email", "Email Address"));
        Assert.Equal(-1, header.IndexOf("Company"));
        Assert.True(header.Has("Connected On"));
        Assert.Equal(3, header.Count);
    }

    [Theory]
    [InlineData(" a ", 0, "a")]
    [InlineData("  ", 0, null)]
    [InlineData("a", 3, null)]
    [InlineData("a", -1, null)]
    public void Cell_Field_IsTrimmedAndNullWhenEmptyOrMissing(string field, int index, string? cell)
    {
        Assert.Equal(cell, CsvHeader.Cell([field], index));
    }
}
