using System.Text;
using Playbook.Engine.Import.Csv;

namespace Playbook.Tests.Import.Csv;

public sealed class HeaderFinderTests
{
    [Fact]
    public void Find_HeaderAfterNotesPreamble_IsFoundWithItsLineAndTheRowsFollow()
    {
        using var records = Records("Notes:\n\"When exporting, some emails are missing.\"\n\nFirst Name,Last Name,URL\nAna,García,\n");

        var header = HeaderFinder.Find(records, "First Name");

        Assert.NotNull(header);
        Assert.Equal(4, header.Line);
        Assert.Equal(["First Name", "Last Name", "URL"], header.Names);
        Assert.True(records.MoveNext());
        Assert.Equal(["Ana", "García", ""], records.Current.Fields);
    }

    [Fact]
    public void Find_QuotedHeaderWithBom_IsFound()
    {
        using var records = Records("\uFEFF\"CONVERSATION ID\",\"FROM\"\n\"c-1\",\"Ana\"\n");

        var header = HeaderFinder.Find(records, "conversation id");

        Assert.NotNull(header);
        Assert.Equal(1, header.IndexOf("FROM"));
    }

    [Fact]
    public void Find_NoHeaderInTheFirstRecords_IsNull()
    {
        using var records = Records(string.Concat(Enumerable.Repeat("Name,Company\n", 30)) + "First Name,Last Name\n");

        Assert.Null(HeaderFinder.Find(records, "First Name"));
    }

    private static IEnumerator<CsvRecord> Records(string text) => CsvFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).GetEnumerator();
}
