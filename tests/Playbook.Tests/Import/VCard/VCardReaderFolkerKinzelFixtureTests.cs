using static Playbook.Tests.Import.VCard.VCardFiles;

namespace Playbook.Tests.Import.VCard;

/// <summary>The vCards of FolkerKinzel.VCards' test data: 2.1, 3.0, 4.0, UTF-16 with BOM, Windows-1252, no final newline.</summary>
public sealed class VCardReaderFolkerKinzelFixtureTests
{
    [Fact]
    public void Read_V21_DecodesQuotedPrintableCharsetsAndBarePhoneParameters()
    {
        var rows = ReadFixture("FolkerKinzel/v2_1.vcf");

        var max = Facts(Assert.Single(rows));
        Assert.Equal("Max Middle Name", max.FirstName);
        Assert.Equal("Mustermann", max.LastName);
        Assert.Equal("Firma", max.Company);
        Assert.Equal("Position", max.Position);
        Assert.Equal(["privat@folker-kinzel.de", "business@folker-kinzel.de", "andere@folker-kinzel.de"], max.Emails);
        Assert.Equal(["Tel geschäftlich", "Tel privat", "Handy", "Other Phone", "Pager", "0123/579", "Fax privat"], max.Phones);
        Assert.Equal(["http://www.privat.de", "http://www.musterworks.de"], max.Urls);
        Assert.Equal("Ort Firma, Bundesland Firma, Land Firma", max.Location);
        Assert.Equal(string.Join('\n', Enumerable.Repeat("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß", 6)), max.Notes);
        Assert.Empty(max.Tags);
    }

    [Fact]
    public void Read_V3_ReadsGroupedEmailsPhonesAndOrg()
    {
        var rows = ReadFixture("FolkerKinzel/v3.vcf");

        Assert.Equal([1L, 20], rows.Select(r => r.Line));
        var folker = Facts(rows[0]);
        Assert.Equal("Folker", folker.FirstName);
        Assert.Equal("Kinzel", folker.LastName);
        Assert.Equal(["email1@wumms.de", "email2@folker-kinzel.de"], folker.Emails);
        Assert.Equal(["0123-45678"], folker.Phones);
        Assert.Equal(["www.folker-kinzel.de"], folker.Urls);
        Assert.Equal("Halle, DE", folker.Location);
        var kms = Facts(rows[1]);
        Assert.Equal("WSF", kms.FirstName);
        Assert.Equal("KMS", kms.LastName);
        Assert.Equal(["blablö@blub.com"], kms.Emails);
        Assert.Equal(["01234-303776", "03443-333440"], kms.Phones);
        Assert.Equal("KMS Außenstelle", kms.Company);
        Assert.Null(kms.Position);
    }

    [Fact]
    public void Read_V3Utf16WithBom_ReadsTheSameCardsAsUtf8()
    {
        var rows = ReadFixture("FolkerKinzel/v3Utf16Bom.vcf");

        Assert.Equal([1L, 19], rows.Select(r => r.Line));
        var folker = Facts(rows[0]);
        Assert.Equal("Folker Kinzel", folker.FullName);
        Assert.Equal(["email1@wumms.de", "email2@folker-kinzel.de"], folker.Emails);
        Assert.Equal(["0123-45678"], folker.Phones);
        var kms = Facts(rows[1]);
        Assert.Equal("WSF", kms.FirstName);
        Assert.Equal("KMS", kms.LastName);
        Assert.Equal(["blablö@blub.com"], kms.Emails);
        Assert.Equal(["03443-303776", "03443-333440"], kms.Phones);
        Assert.Equal("KMS Außenstelle", kms.Company);
    }

    [Fact]
    public void Read_V4_ReadsBothThunderbirdCards()
    {
        var rows = ReadFixture("FolkerKinzel/v4.vcf");

        Assert.Equal([1L, 15], rows.Select(r => r.Line));
        var gerda = Facts(rows[0]);
        Assert.Equal("Gerda", gerda.FirstName);
        Assert.Equal("Möhrke", gerda.LastName);
        Assert.Equal("KiTa Öhrdingen", gerda.Company);
        Assert.Equal(["info@kinderland-blubblub.de"], gerda.Emails);
        Assert.Equal(["034441/ 2 22 67", "034441/ 39 23 34"], gerda.Phones);
        Assert.Equal(["www.kinderland-ufftata.de"], gerda.Urls);
        var max = Facts(rows[1]);
        Assert.Equal("Max Horst", max.FirstName);
        Assert.Equal("Mustermann", max.LastName);
        Assert.Equal("SED", max.Company);
        Assert.Equal("Gröfaz", max.Position);
        Assert.Equal(["privat@freenet.de", "geschaeftlich@freenet.de", "sonstige@freenet.de", "nichts@wabbel.de"], max.Emails);
        Assert.Equal(
            ["Privattelefon", "Diensttelefon", "Fax", "Fax privat", "Fax geschäftlich", "Festnetz", "Mobil", "Pager", "sonstige", "ohne"],
            max.Phones);
        Assert.Equal(["www.business.de", "www.privat.de", "www.sonstige.de"], max.Urls);
        Assert.Equal("Entenhausen, Sachsen-Anhalt, Deutschland", max.Location);
        Assert.Equal("Kommentar", max.Notes);
    }

    [Fact]
    public void Read_AnsiIssue_ReadsWindows1252CardWithOutlookPicture()
    {
        var rows = ReadFixture("FolkerKinzel/AnsiIssue.vcf");

        var ralf = Facts(Assert.Single(rows));
        Assert.Equal("Ralf", ralf.FirstName);
        Assert.Equal("Rastral", ralf.LastName);
        Assert.Equal("Kleindorf, Deutschland", ralf.Location);
        Assert.Empty(ralf.Emails);
        Assert.Empty(ralf.Phones);
        Assert.Null(ralf.Company);
        Assert.Null(ralf.Notes);
    }

    [Fact]
    public void Read_WhatsAppIssue_ReadsCardWithoutFinalNewline()
    {
        var rows = ReadFixture("FolkerKinzel/WhatsAppIssue.vcf");

        var perla = Facts(Assert.Single(rows));
        Assert.Equal("zzMad Perla 45", perla.FirstName);
        Assert.Null(perla.LastName);
        Assert.Equal(["7yy-zzz-xxx"], perla.Phones);
        Assert.Equal(["https://www.xxxxxx"], perla.Urls);
        Assert.Equal("PERLA\nmadrid", perla.Notes);
        Assert.Empty(perla.Emails);
    }
}
