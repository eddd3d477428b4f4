using System.Text;
using Playbook.Engine.Import.Reports;
using static Playbook.Tests.Import.VCard.VCardFiles;

namespace Playbook.Tests.Import.VCard;

/// <summary>Line ends, folds and encodings, written byte by byte.</summary>
public sealed class VCardReaderEncodingTests
{
    [Fact]
    public void Read_FoldSplittingUtf8Character_JoinsBytesBeforeDecoding()
    {
        // "José" with the fold between the two bytes of "é" (C3 A9).
        var bytes = Concat(Utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Garc"), [0xC3], Utf8("\r\n "), [0xAD], Utf8("a;Jos"), [0xC3], Utf8("\r\n\t"), [0xA9], Utf8(";;;\r\nEND:VCARD\r\n"));

        var rows = Read(bytes);

        var jose = Facts(Assert.Single(rows));
        Assert.Equal("José", jose.FirstName);
        Assert.Equal("García", jose.LastName);
    }

    [Fact]
    public void Read_QuotedPrintableSoftBreakSplittingUtf8Character_DecodesTheWholeCharacter()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            + "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:N=C3=BA=C3=\r\n=B1ez;Luc=C3=\r\n=ADa\r\n"
            + "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Primera l=C3=ADnea=0D=0A=\r\nSegunda =E2=82=\r\n=AC\r\n"
            + "END:VCARD\r\n");

        var rows = Read(bytes);

        var lucia = Facts(Assert.Single(rows));
        Assert.Equal("Lucía", lucia.FirstName);
        Assert.Equal("Núñez", lucia.LastName);
        Assert.Equal("Primera línea\nSegunda €", lucia.Notes);
    }

    [Fact]
    public void Read_QuotedPrintableSoftBreakBeforeIndentedLine_KeepsTheSpace()
    {
        var bytes = Utf8("BEGIN:VCARD\nVERSION:2.1\nN:Ruiz;Ana\nNOTE;QUOTED-PRINTABLE:Calle Mayor=\n 12\nEND:VCARD\n");

        var rows = Read(bytes);

        Assert.Equal("Calle Mayor 12", Facts(Assert.Single(rows)).Notes);
    }

    [Fact]
    public void Read_FoldBeforeTheColon_ReadsTheFoldedParameters()
    {
        var bytes = Utf8("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRI\r\n NTABLE:Ib=C3=A1=C3=B1ez;Pilar\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        Assert.Equal("Pilar Ibáñez", Facts(Assert.Single(rows)).FullName);
    }

    [Fact]
    public void Read_CrCrLfLineEnds_ReadsOneLineEndEach()
    {
        var bytes = Utf8("BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Soto;Beatriz\r\r\nEMAIL:beatriz.soto@exam\r\r\n ple.com\r\r\nTEL:+34 600 000 001\r\r\nEND:VCARD\r\r\nBEGIN:VCARD\r\r\nFN:Tom Whitaker\r\r\nEND:VCARD\r\r\n");

        var rows = Read(bytes);

        Assert.Equal([1L, 8], rows.Select(r => r.Line));
        var beatriz = Facts(rows[0]);
        Assert.Equal("Beatriz Soto", beatriz.FullName);
        Assert.Equal(["beatriz.soto@example.com"], beatriz.Emails);
        Assert.Equal(["+34 600 000 001"], beatriz.Phones);
        Assert.Equal("Tom Whitaker", Facts(rows[1]).FullName);
    }

    [Fact]
    public void Read_BareCrAndLfLineEnds_ReadsEveryLine()
    {
        var bytes = Utf8("BEGIN:VCARD\rVERSION:3.0\rFN:Ana Ruiz\rEND:VCARD\rBEGIN:VCARD\nFN:Tom Whitaker\nEND:VCARD");

        var rows = Read(bytes);

        Assert.Equal([1L, 5], rows.Select(r => r.Line));
        Assert.Equal(["Ana Ruiz", "Tom Whitaker"], rows.Select(r => Facts(r).FullName));
    }

    [Fact]
    public void Read_NoFinalNewline_ReadsTheLastCard()
    {
        var bytes = Utf8("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Marta Jiménez Soler\r\nEMAIL:marta@example.org\r\nEND:VCARD");

        var rows = Read(bytes);

        var marta = Facts(Assert.Single(rows));
        Assert.Equal("Marta", marta.FirstName);
        Assert.Equal("Jiménez Soler", marta.LastName);
        Assert.Equal(["marta@example.org"], marta.Emails);
    }

    [Fact]
    public void Read_Utf8Bom_IgnoresTheBom()
    {
        var bytes = Concat([0xEF, 0xBB, 0xBF], Utf8("BEGIN:VCARD\r\nN:Müller;Jürgen\r\nEND:VCARD\r\n"));

        var rows = Read(bytes);

        Assert.Equal("Jürgen Müller", Facts(Assert.Single(rows)).FullName);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Read_Utf16WithBom_DecodesTextFirst(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = Concat(encoding.GetPreamble(), encoding.GetBytes("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Peña;Lucía\r\nORG:Café Ñandú\\, S.L.\r\nNOTE:línea 1\\nlínea 2\r\nEND:VCARD\r\n"));

        var rows = Read(bytes);

        var lucia = Facts(Assert.Single(rows));
        Assert.Equal("Lucía", lucia.FirstName);
        Assert.Equal("Peña", lucia.LastName);
        Assert.Equal("Café Ñandú, S.L.", lucia.Company);
        Assert.Equal("línea 1\nlínea 2", lucia.Notes);
    }

    [Fact]
    public void Read_Utf16WithoutBom_RecognisesItByItsZeroBytes()
    {
        var bytes = Encoding.Unicode.GetBytes("BEGIN:VCARD\r\nFN:Zoë Brandt\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        Assert.Equal("Zoë Brandt", Facts(Assert.Single(rows)).FullName);
    }

    [Fact]
    public void Read_Windows1252BytesWithoutCharset_DecodesAsWindows1252()
    {
        // "Muñoz", "Gómez" and "€" in Windows-1252: F1, F3, 80 (not valid UTF-8).
        var bytes = Concat(Utf8("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Mu"), [0xF1], Utf8("oz;Ra"), [0xFA], Utf8("l\r\nORG:G"), [0xF3], Utf8("mez "), [0x80], Utf8(" Asociados\r\nEND:VCARD\r\n"));

        var rows = Read(bytes);

        var raul = Facts(Assert.Single(rows));
        Assert.Equal("Raúl", raul.FirstName);
        Assert.Equal("Muñoz", raul.LastName);
        Assert.Equal("Gómez € Asociados", raul.Company);
    }

    [Fact]
    public void Read_CharsetParameterOnPlainValue_DecodesWithThatCharset()
    {
        // ISO-8859-1 "ü" (FC) beside a UTF-8 "é" in the same file.
        var bytes = Concat(Utf8("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M"), [0xFC], Utf8("ller;J"), [0xFC], Utf8("rgen\r\nTITLE:Directeur g\u00e9n\u00e9ral\r\nEND:VCARD\r\n"));

        var rows = Read(bytes);

        var jurgen = Facts(Assert.Single(rows));
        Assert.Equal("Jürgen Müller", jurgen.FullName);
        Assert.Equal("Directeur général", jurgen.Position);
    }

    [Fact]
    public void Read_QuotedPrintableWindows1252Charset_DecodesWithIt()
    {
        var bytes = Utf8("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:L=E4mmer;=C9lodie\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        Assert.Equal("Élodie Lämmer", Facts(Assert.Single(rows)).FullName);
    }

    [Theory]
    [InlineData("x-klingon")]
    [InlineData("UTF-7")]
    public void Read_CharsetNoEncodingAnswersTo_SkipsThatCardNamingItsLineAndReadsTheNext(string charset)
    {
        var bytes = Utf8($"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET={charset}:Worf\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana Ruiz\r\nEND:VCARD\r\n");

        var rows = Read(bytes, "klingon.vcf");

        Assert.Equal(2, rows.Count);
        Assert.Equal((1L, null), (rows[0].Line, rows[0].Facts));
        Assert.Equal($"CHARSET '{charset}' on line 3 is not an encoding this reader knows; save the file as UTF-8 and import it again", rows[0].Problem);
        Assert.Equal("Ana Ruiz", Facts(rows[1]).FullName);
    }

    [Fact]
    public void Read_Utf32_ThrowsImportException()
    {
        var bytes = Concat([0xFF, 0xFE, 0, 0], new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes("BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n"));

        var error = Assert.Throws<ImportException>(() => Read(bytes, "wide.vcf"));

        Assert.Equal("wide.vcf: the file is UTF-32, which cannot be read; save it as UTF-8 and import it again", error.Message);
    }

    [Fact]
    public void Read_Base64Photo_IsNeverReadAsText()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\n"
            + "PHOTO;ENCODING=b;TYPE=JPEG:RU1BSUw6c3B5QGV4YW1wbGUuY29t\r\n Tk9URTpzZWNyZXQ=\r\n"
            + "NOTE;ENCODING=b:c2VjcmV0\r\n"
            + "LOGO:data:image/png;base64,iVBORw0KGgo=\r\n"
            + "END:VCARD\r\n");

        var rows = Read(bytes);

        var ana = Facts(Assert.Single(rows));
        Assert.Equal("Ana Ruiz", ana.FullName);
        Assert.Null(ana.Notes);
        Assert.Empty(ana.Emails);
        Assert.Empty(ana.Urls);
    }
}
