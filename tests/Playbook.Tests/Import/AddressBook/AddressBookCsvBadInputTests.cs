using System.Text;
using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Reports;
using static Playbook.Tests.Import.AddressBook.AddressBookInput;

namespace Playbook.Tests.Import.AddressBook;

public sealed class AddressBookCsvBadInputTests
{
    [Fact]
    public void Read_RowWithWrongFieldCountInTheMiddle_IsSkippedWithItsLineAndTheOthersRead()
    {
        var csv = CsvText(
            OutlookComHeader,
            Row(OutlookComHeader, ("First Name", "Ana"), ("Notes", "two\nlines")),
            "Broken,row,\"with, a comma\"",
            Row(OutlookComHeader, ("First Name", "Pablo")) + ",,",
            Row(OutlookComHeader, ("First Name", "Lucía")));

        var rows = Read(csv);

        Assert.Equal([2L, 4L, 5L, 6L], rows.Select(r => r.Line));
        Assert.Equal(["Ana", null, "Pablo", "Lucía"], rows.Select(r => r.Facts?.FirstName));
        Assert.Equal("has 3 fields where the header has 49; check the quotes and commas on this row", rows[1].Problem);
    }

    [Fact]
    public void Read_RowThatNamesNobody_IsSkippedWithWhatItHas()
    {
        var csv = CsvText(
            OutlookDesktopHeader,
            Row(OutlookDesktopHeader, ("Company", "Acme Ibérica"), ("Business Phone", "+34 910 000 000"),
                ("E-mail Address", "/o=ExchangeLabs/cn=Recipients/cn=acme"), ("E-mail Type", "EX")),
            Row(OutlookDesktopHeader, ("First Name", "Ana")));

        var rows = Read(csv);

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal("names nobody: no name, e-mail address or LinkedIn profile URL (it has only company 'Acme Ibérica', phone +34 910 000 000)", rows[0].Problem);
        Assert.Equal("Ana", rows[1].Facts!.FirstName);
    }

    [Fact]
    public void Read_RandomBytes_ThrowsNamingTheFile()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "random.csv"));

        Assert.Equal("random.csv", e.File);
        Assert.Equal("random.csv: holds binary data, not text, so it is not a CSV exported from Google Contacts or Outlook", e.Message);
    }

    [Fact]
    public void Read_RandomBytesWithoutZeros_ThrowsForTheControlCharacters()
    {
        var random = new Random(7);
        var bytes = Enumerable.Range(0, 2048).Select(_ => (byte)random.Next(1, 256)).ToArray();

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "noise.csv"));

        Assert.Equal("noise.csv: holds binary data, not text, so it is not a CSV exported from Google Contacts or Outlook", e.Message);
    }

    [Fact]
    public void Read_RandomBytesBehindAUtf16Bom_ThrowsForTheBinaryData()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        (bytes[0], bytes[1]) = (0xFF, 0xFE);

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "odd.csv"));

        Assert.Equal("odd.csv: holds binary data, not text, so it is not a CSV exported from Google Contacts or Outlook", e.Message);
    }

    [Fact]
    public void Read_ExcelWorkbook_ThrowsSuggestingToSaveAsCsv()
    {
        byte[] bytes = [.. "PK\x03\x04"u8, 20, 0, 0, 0, 8, 0, .. "[Content_Types].xml"u8];

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "contacts.xlsx"));

        Assert.Equal("contacts.xlsx: is a zip archive (an Excel workbook is one), not a CSV; save the sheet as 'CSV UTF-8', or export the contacts again from Google Contacts or Outlook", e.Message);
    }

    [Fact]
    public void Read_VCardPassedAsCsv_ThrowsSuggestingTheVCardImport()
    {
        var bytes = Encoding.UTF8.GetBytes("BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Ana;;;\r\nFN:Ana García\r\nEND:VCARD\r\n");

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "my contacts.vcf"));

        Assert.Equal("my contacts.vcf: is a vCard file, not a CSV; import it with 'playbook import vcard \"my contacts.vcf\"'", e.Message);
    }

    [Fact]
    public void Read_VCardWithFormatGiven_StillSuggestsTheVCardImport()
    {
        var bytes = Encoding.UTF8.GetBytes("BEGIN:VCARD\nVERSION:4.0\nFN:Ana\nEND:VCARD\n");

        var e = Assert.Throws<ImportException>(() => Read(bytes, AddressBookFormat.Outlook, "ana.vcf"));

        Assert.Equal("ana.vcf: is a vCard file, not a CSV; import it with 'playbook import vcard ana.vcf'", e.Message);
    }

    [Fact]
    public void Read_CsvOfNeitherFormat_ThrowsNamingTheKnownFormatsAndFormatOption()
    {
        var bytes = Encoding.UTF8.GetBytes("sku,title,price\r\nA1,Lamp,20\r\n");

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "products.csv"));

        Assert.Equal(
            "products.csv: is not a CSV of a known address-book format (its header starts 'sku,title,price'); the formats read are "
            + "Google Contacts CSV (new and old layout) and Outlook CSV (desktop and Outlook.com; English, German, French or Spanish headers). "
            + "Export the contacts again in one of them, or, for one with renamed columns, name it with --format google or --format outlook",
            e.Message);
    }

    [Fact]
    public void Read_FormatGivenButNoColumnNamesAPerson_ThrowsForThatFormat()
    {
        var bytes = Encoding.UTF8.GetBytes("sku,title,price\r\nA1,Lamp,20\r\n");

        var e = Assert.Throws<ImportException>(() => Read(bytes, AddressBookFormat.Google, "products.csv"));

        Assert.StartsWith("products.csv: has none of the columns of a Google Contacts CSV that name a person (its header starts 'sku,title,price');", e.Message);
    }

    [Fact]
    public void Read_GoogleFileWithOutlookFormat_ThrowsSuggestingTheRightFormat()
    {
        var csv = CsvText(GoogleNewHeader, Row(GoogleNewHeader, ("First Name", "Ana")));

        var e = Assert.Throws<ImportException>(() => Read(Encoding.UTF8.GetBytes(csv), AddressBookFormat.Outlook, "google.csv"));

        Assert.Equal("google.csv: is a Google Contacts CSV (new layout), not an Outlook CSV; run it again with --format google, or without --format to detect it", e.Message);
    }

    [Fact]
    public void Read_LinkedInConnections_ThrowsSuggestingTheLinkedInImport()
    {
        var bytes = Encoding.UTF8.GetBytes("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAna,García,,,,,08 Feb 2026\r\n");

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "Connections.csv"));

        Assert.Equal("Connections.csv: is a file of a LinkedIn data export, not an address book; import the export with 'playbook import linkedin PATH' (the zip as downloaded, or its folder)", e.Message);
    }

    [Fact]
    public void Read_SemicolonSeparatedOutlookFile_ThrowsExplainingTheSeparator()
    {
        var bytes = Encoding.UTF8.GetBytes("First Name;Last Name;E-mail Address\r\nAna;García;ana@example.com\r\n");

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "excel.csv"));

        Assert.Equal("excel.csv: separates its fields with ';', not commas; export it again as CSV (comma separated), or save it from the spreadsheet as 'CSV UTF-8'", e.Message);
    }

    [Fact]
    public void Read_Utf32_ThrowsForTheEncoding()
    {
        var bytes = Bytes("First Name,E-mail Address\r\n", new UTF32Encoding(bigEndian: false, byteOrderMark: true), bom: true);

        var e = Assert.Throws<ImportException>(() => Read(bytes, fileName: "wide.csv"));

        Assert.Equal("wide.csv: is encoded as UTF-32, which cannot be read; save it as UTF-8 and import it again", e.Message);
    }

    [Fact]
    public void Read_EmptyFile_Throws()
    {
        var e = Assert.Throws<ImportException>(() => Read([], fileName: "empty.csv"));

        Assert.Equal("empty.csv: is empty; export the contacts again from Google Contacts or Outlook", e.Message);
    }

    [Fact]
    public void Read_UnrecognisedHeaderWithFormatGiven_ReadsTheColumnsThatFormatNames()
    {
        var bytes = Encoding.UTF8.GetBytes("Given Name,Family Name,Notes\r\nAna,García,Vecina\r\n");

        var facts = Single(Read(bytes, AddressBookFormat.Google));

        Assert.Equal(("Ana", "García", "Vecina"), (facts.FirstName, facts.LastName, facts.Notes));
    }

    [Fact]
    public void Read_OnlyBlankLines_ThrowsForTheMissingHeader()
    {
        var e = Assert.Throws<ImportException>(() => Read("\r\n\r\n   \r\n"u8.ToArray(), fileName: "blank.csv"));

        Assert.Equal("blank.csv: holds no header row, only blank lines; export the contacts again from Google Contacts or Outlook", e.Message);
    }
}
