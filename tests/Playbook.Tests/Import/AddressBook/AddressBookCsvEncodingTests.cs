using System.Text;
using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Decoding;
using static Playbook.Tests.Import.AddressBook.AddressBookInput;

namespace Playbook.Tests.Import.AddressBook;

public sealed class AddressBookCsvEncodingTests
{
    private static readonly string OneGoogleRow = CsvText(GoogleNewHeader, Row(GoogleNewHeader,
        ("First Name", "Núria"), ("Last Name", "Solé i Puig"), ("E-mail 1 - Label", "* Home"), ("E-mail 1 - Value", "nuria@example.net")));

    [Fact]
    public void Read_Utf8WithBom_FindsTheHeaderAndKeepsAccents()
    {
        var bytes = Bytes(OneGoogleRow, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bom: true);

        var facts = Single(Read(bytes));

        Assert.Equal(("Núria", "Solé i Puig"), (facts.FirstName, facts.LastName));
        Assert.Equal(["nuria@example.net"], facts.Emails);
    }

    [Fact]
    public void Read_Utf16BigEndianWithBom_ReadsTheRow()
    {
        var bytes = Bytes(OneGoogleRow, Encoding.BigEndianUnicode, bom: true);

        var facts = Single(Read(bytes));

        Assert.Equal(("Núria", "Solé i Puig"), (facts.FirstName, facts.LastName));
    }

    [Fact]
    public void Read_Utf16LittleEndianWithoutBom_IsRecognisedByItsZeroBytes()
    {
        var bytes = Bytes(OneGoogleRow, Encoding.Unicode);

        var facts = Single(Read(bytes));

        Assert.Equal(("Núria", "Solé i Puig"), (facts.FirstName, facts.LastName));
    }

    [Fact]
    public void Read_StreamThatCannotSeek_ReadsFromTheReplayedPrefix()
    {
        var bytes = Bytes(OneGoogleRow.Replace("nuria@", "n\u00FAria@", StringComparison.Ordinal), LegacyEncodings.Windows1252);
        using var stream = new ForwardOnlyStream(bytes);

        var rows = AddressBookCsv.Read(stream, "contacts.csv", AddressBookFormat.Google).ToList();

        var facts = Single(rows);
        Assert.Equal(("Núria", "Solé i Puig"), (facts.FirstName, facts.LastName));
        Assert.Equal(["núria@example.net"], facts.Emails);
    }

    [Fact]
    public void Read_Windows1252AccentPastTheSniffedPrefix_IsStillDecoded()
    {
        var lines = new List<string> { OutlookDesktopHeader };
        for (var i = 0; lines.Sum(l => l.Length) < 100_000; i++)
        {
            lines.Add(Row(OutlookDesktopHeader, ("First Name", $"Person{i}"), ("E-mail Address", $"p{i}@example.com")));
        }

        lines.Add(Row(OutlookDesktopHeader, ("First Name", "Inés"), ("Last Name", "Peñalver")));
        var bytes = Bytes(CsvText([.. lines]), LegacyEncodings.Windows1252);

        var rows = Read(bytes);

        var last = rows[^1].Facts!;
        Assert.Equal(("Inés", "Peñalver"), (last.FirstName, last.LastName));
        Assert.Equal(lines.Count - 1, rows.Count(r => r.Facts is not null));
    }

    [Fact]
    public void Read_FirstRowOfALargeFile_ReadsOnlyTheStartOfTheStream()
    {
        var text = new StringBuilder(GoogleNewHeader).Append("\r\n");
        for (var i = 0; text.Length < 4_000_000; i++)
        {
            text.Append(Row(GoogleNewHeader, ("First Name", $"Person{i}"), ("E-mail 1 - Value", $"p{i}@example.com"))).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var stream = new ForwardOnlyStream(bytes);

        var first = AddressBookCsv.Read(stream, "big.csv", format: null).First();

        Assert.Equal("Person0", first.Facts!.FirstName);
        Assert.True(stream.BytesRead < bytes.Length / 4, $"read {stream.BytesRead} of {bytes.Length} bytes for the first row");
    }

    [Fact]
    public void Read_ExcelSeparatorLineAndOldMacLineEnds_AreHandled()
    {
        var csv = "sep=,\r" + OneGoogleRow.Replace("\r\n", "\r", StringComparison.Ordinal);

        var rows = Read(csv);

        var facts = Single(rows);
        Assert.Equal(3, rows[0].Line);
        Assert.Equal(["nuria@example.net"], facts.Emails);
    }

    [Fact]
    public void Read_HeaderOnly_GivesNoRows()
    {
        var rows = Read(CsvText(GoogleNewHeader));

        Assert.Empty(rows);
    }

    [Fact]
    public void Read_Utf8WithAStrayWindows1252Byte_DecodesBoth()
    {
        var csv = CsvText(OutlookComHeader,
            Row(OutlookComHeader, ("First Name", "José"), ("Last Name", "Núñez")),
            Row(OutlookComHeader, ("First Name", "Inés"), ("Last Name", "PE~A")));
        var parts = csv.Split('~');
        byte[] bytes = [.. Encoding.UTF8.GetBytes(parts[0]), 0xD1, .. Encoding.UTF8.GetBytes(parts[1])];

        var rows = Read(bytes);

        Assert.Equal(["José Núñez", "Inés PEÑA"], rows.Select(r => r.Facts!.FullName));
    }
}
