using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using static Playbook.Tests.Import.VCard.VCardFiles;

namespace Playbook.Tests.Import.VCard;

/// <summary>What a card's properties become, and how malformed cards and files are reported.</summary>
public sealed class VCardReaderCardTests
{
    [Fact]
    public void Read_EscapedValues_UnescapesAndSplitsOnlyUnescapedSeparators()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            + "N:Whitfield\\, PhD;Eleanor;;;\r\n"
            + "ORG:Bramble & Finch\\; Home;Buying\r\n"
            + "TITLE:Director\\, Research\r\n"
            + "NOTE:First line\\nSecond line\\Nthird\\, with \\\\ backslash\\; and C:\\Users\r\n"
            + "CATEGORIES:clients,retail\\, home,,speakers\r\n"
            + "URL:http\\://example.com/blog\r\n"
            + "END:VCARD\r\n");

        var rows = Read(bytes);

        var eleanor = Facts(Assert.Single(rows));
        Assert.Equal("Eleanor", eleanor.FirstName);
        Assert.Equal("Whitfield, PhD", eleanor.LastName);
        Assert.Equal("Bramble & Finch; Home", eleanor.Company);
        Assert.Equal("Director, Research", eleanor.Position);
        Assert.Equal("First line\nSecond line\nthird, with \\ backslash; and C:\\Users", eleanor.Notes);
        Assert.Equal(["clients", "retail, home", "speakers"], eleanor.Tags);
        Assert.Equal(["http://example.com/blog"], eleanor.Urls);
    }

    [Fact]
    public void Read_GroupedEmailsWithLabels_KeepsEveryEmailAndPhoneInOrder()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Castaño;Irene;;;\r\n"
            + "item1.EMAIL;type=INTERNET;type=pref:irene.castano@example.com\r\n"
            + "item1.X-ABLabel:_$!<Work>!$_\r\n"
            + "item2.email:  irene@example.net  \r\n"
            + "item2.X-ABLabel:personal\r\n"
            + "EMAIL:IRENE.CASTANO@example.com\r\n"
            + "tel;type=CELL:+34 611 22 33 44\r\n"
            + "item3.TEL:(91) 555-0101\r\n"
            + "item3.X-ABLabel:oficina\r\n"
            + "End:vCard\r\n");

        var rows = Read(bytes);

        var irene = Facts(Assert.Single(rows));
        Assert.Equal(["irene.castano@example.com", "irene@example.net"], irene.Emails);
        Assert.Equal(["+34 611 22 33 44", "(91) 555-0101"], irene.Phones);
    }

    [Fact]
    public void Read_EmptyStructuredName_FallsBackToFormattedName()
    {
        var bytes = Utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Diego Fernández Lago\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        var diego = Facts(Assert.Single(rows));
        Assert.Equal("Diego", diego.FirstName);
        Assert.Equal("Fernández Lago", diego.LastName);
    }

    [Fact]
    public void Read_StructuredName_JoinsGivenAndAdditionalNames()
    {
        var bytes = Utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.\r\nFN:Dr. John Stevenson\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        var john = Facts(Assert.Single(rows));
        Assert.Equal("John Philip Paul", john.FirstName);
        Assert.Equal("Stevenson", john.LastName);
    }

    [Fact]
    public void Read_LinkedInUrls_BecomeTheProfileAndOtherUrlsStayUrls()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Brandt\r\n"
            + "URL;TYPE=blog:https://zoe.example.org\r\n"
            + "item1.URL:https\\://www.linkedin.com/in/zo%C3%AB-brandt-4a1/\r\n"
            + "X-SOCIALPROFILE;type=twitter:https://twitter.com/zoebrandt\r\n"
            + "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/another-zoe\r\n"
            + "X-SOCIALPROFILE;type=facebook:x-apple:zoe\r\n"
            + "END:VCARD\r\n");

        var rows = Read(bytes);

        var zoe = Facts(Assert.Single(rows));
        Assert.Equal("https://www.linkedin.com/in/zo%C3%AB-brandt-4a1/", zoe.ProfileUrl);
        Assert.Equal("zoë-brandt-4a1", zoe.ProfileKey);
        Assert.Equal(["https://zoe.example.org", "https://twitter.com/zoebrandt", "https://www.linkedin.com/in/another-zoe"], zoe.Urls);
    }

    [Fact]
    public void Read_SocialProfileOnly_ReadsTheLinkedInProfile()
    {
        var bytes = Utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nX-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/hannah-becker-seo\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        var hannah = Facts(Assert.Single(rows));
        Assert.Equal("hannah-becker-seo", hannah.ProfileKey);
        Assert.Equal("", hannah.FullName);
    }

    [Fact]
    public void Read_Addresses_LocationIsLocalityRegionCountryOfTheFirstPlace()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García Ruiz\r\n"
            + "ADR;TYPE=HOME:;;Calle Mayor 1;;;;\r\n"
            + "ADR;TYPE=WORK:;;Gran Vía 28;Madrid;;28013;España\r\n"
            + "ADR;TYPE=OTHER:;;;Sevilla;Andalucía;;España\r\n"
            + "END:VCARD\r\n");

        var rows = Read(bytes);

        Assert.Equal("Madrid, España", Facts(Assert.Single(rows)).Location);
    }

    [Fact]
    public void Read_PlaybookExportProperties_ReadsHeadlineAndConnectionDay()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Becker;Hannah;;;\r\nFN:Hannah Becker\r\n"
            + "X-PLAYBOOK-HEADLINE:SEO lead\\, Kaufnett\r\nX-PLAYBOOK-STAGE:met\r\nX-PLAYBOOK-CONNECTED-ON:2026-11-28\r\n"
            + "END:VCARD\r\n");

        var rows = Read(bytes);

        var hannah = Facts(Assert.Single(rows));
        Assert.Equal("SEO lead, Kaufnett", hannah.Headline);
        Assert.Equal(new DateOnly(2026, 11, 28), hannah.ConnectedOn);
    }

    [Fact]
    public void Read_CardWithoutNameEmailOrUrl_IsSkippedWithReason()
    {
        var bytes = Utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+34 600 000 000\r\nNOTE:only a phone\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new SourceRow(1, null, "card has no name, email or URL"), rows[0]);
        Assert.Equal("Ana", Facts(rows[1]).FirstName);
    }

    [Fact]
    public void Read_MalformedCardInTheMiddle_SkipsItAndReadsTheOthers()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Card\r\nEMAIL:broken@example.com\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Whitaker\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lucía Peña\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        Assert.Equal(4, rows.Count);
        Assert.Equal("Ana García", Facts(rows[0]).FullName);
        Assert.Equal(new SourceRow(5, null, "card has no END:VCARD before the BEGIN:VCARD on line 9"), rows[1]);
        Assert.Equal("Tom Whitaker", Facts(rows[2]).FullName);
        Assert.Equal("Lucía Peña", Facts(rows[3]).FullName);
    }

    [Fact]
    public void Read_LastCardWithoutEnd_IsSkippedNamingTheLastLine()
    {
        var bytes = Utf8("BEGIN:VCARD\nFN:Ana García\nEND:VCARD\n\nBEGIN:VCARD\nFN:Cut Short\nEMAIL:cut@example.com\n");

        var rows = Read(bytes);

        Assert.Equal(2, rows.Count);
        Assert.Equal("Ana García", Facts(rows[0]).FullName);
        Assert.Equal(new SourceRow(5, null, "card has no END:VCARD before the end of the file (line 7)"), rows[1]);
    }

    [Fact]
    public void Read_AgentCardInVCard21_BelongsToTheOuterCard()
    {
        var bytes = Utf8(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ruiz;Ana\r\nAGENT:\r\n"
            + "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Assistant;Pat\r\nEMAIL:pat@example.com\r\nEND:VCARD\r\n"
            + "EMAIL:ana@example.com\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        var ana = Facts(Assert.Single(rows));
        Assert.Equal("Ana Ruiz", ana.FullName);
        Assert.Equal(["ana@example.com"], ana.Emails);
    }

    [Fact]
    public void Read_TextBetweenCards_IsIgnored()
    {
        var bytes = Utf8("\r\n\r\nBEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\nsome exporter's trailer\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Tom\r\nEND:VCARD\r\n");

        var rows = Read(bytes);

        Assert.Equal([3L, 8], rows.Select(r => r.Line));
        Assert.Equal(["Ana", "Tom"], rows.Select(r => Facts(r).FullName));
    }

    [Fact]
    public void Read_RandomBytes_ThrowsImportExceptionNamingTheFile()
    {
        var bytes = new byte[10_000];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x17;

        var error = Assert.Throws<ImportException>(() => Read(bytes, "noise.vcf"));

        Assert.Equal("noise.vcf: not a vCard file: it does not start with BEGIN:VCARD", error.Message);
        Assert.Equal("noise.vcf", error.File);
    }

    [Fact]
    public void Read_CsvFile_ThrowsImportException()
    {
        var bytes = Utf8("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nHannah,Becker,https://www.linkedin.com/in/hannah-becker-seo,,Kaufnett GmbH,Senior SEO Manager,28 Nov 2026\r\n");

        var error = Assert.Throws<ImportException>(() => Read(bytes, "Connections.csv"));

        Assert.Equal("Connections.csv: not a vCard file: it does not start with BEGIN:VCARD", error.Message);
    }

    [Fact]
    public void Read_EmptyFile_ThrowsImportException()
    {
        var error = Assert.Throws<ImportException>(() => Read(Utf8("\r\n  \r\n"), "empty.vcf"));

        Assert.Equal("empty.vcf: not a vCard file: it is empty", error.Message);
    }
}
