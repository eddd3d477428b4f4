using static Playbook.Tests.Import.VCard.VCardFiles;

namespace Playbook.Tests.Import.VCard;

/// <summary>The vCards of ez-vcard's test data, as written by Gmail, Outlook, Android, iPhone and Evolution.</summary>
public sealed class VCardReaderEzVCardFixtureTests
{
    [Fact]
    public void Read_GmailSingle_ReadsNameOrgNoteAndLabelledPhone()
    {
        var rows = ReadFixture("ez-vcard/gmail-single.vcf");

        var greg = Facts(Assert.Single(rows));
        Assert.Equal(1, rows[0].Line);
        Assert.Equal("Greg", greg.FirstName);
        Assert.Equal("Dartmouth", greg.LastName);
        Assert.Equal(["gdartmouth@hotmail.com"], greg.Emails);
        Assert.Equal(["555 555 1111", "555 555 2222"], greg.Phones);
        Assert.Equal("TheCompany", greg.Company);
        Assert.Equal("TheJobTitle", greg.Position);
        Assert.Equal(["http://TheProfile.com"], greg.Urls);
        Assert.Null(greg.ProfileUrl);
        Assert.Equal("Custom City, TX, USA", greg.Location);
        Assert.Equal("This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField", greg.Notes);
        Assert.Empty(greg.Tags);
    }

    [Fact]
    public void Read_AndroidExport_ReadsEveryCardWithQuotedPrintableNames()
    {
        var rows = ReadFixture("ez-vcard/John_Doe_ANDROID.vcf");

        Assert.Equal([1L, 6, 11, 18, 36, 71], rows.Select(r => r.Line));
        Assert.All(rows, row => Assert.Null(row.Problem));
        var john = Facts(rows[0]);
        Assert.Equal("", john.FullName);
        Assert.Equal(["john.doe@company.com"], john.Emails);
        Assert.Empty(john.Tags); // "My Contacts" is the group every Google contact is in, not a tag.
        var elevenEnye = Facts(rows[3]);
        Assert.Null(elevenEnye.FirstName);
        Assert.Equal(string.Join(' ', Enumerable.Repeat("Ñ", 11)), elevenEnye.LastName);
        Assert.Equal(["123456", "234567", "3456789", "45678901"], elevenEnye.Phones);
        Assert.Equal("Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ", elevenEnye.Notes);
        var bob = Facts(rows[4]);
        Assert.Equal("Ñ Ñ Ñ", bob.FirstName);
        Assert.Equal("Ñ Ñ", bob.LastName);
        Assert.Equal(["bob@company.com", new string('Ñ', 14)], bob.Emails);
        Assert.Equal(["123456"], bob.Phones);
        Assert.Equal(new string('Ñ', 12), bob.Company);
        Assert.Equal(["www.company.com", "http://www.company.com"], bob.Urls);
        var henry = Facts(rows[5]);
        Assert.Equal("ÑÑÑÑ", henry.LastName);
        Assert.Equal(["henry@company.com"], henry.Emails);
        Assert.Equal(new string('Ñ', 44), henry.Company);
        Assert.Empty(henry.Tags);
    }

    [Fact]
    public void Read_EvolutionExport_ReadsFoldedEscapedValuesWithoutFinalNewline()
    {
        var rows = ReadFixture("ez-vcard/John_Doe_EVOLUTION.vcf");

        var john = Facts(Assert.Single(rows));
        Assert.Equal("John Richter, James", john.FirstName);
        Assert.Equal("Doe", john.LastName);
        Assert.Equal("IBM", john.Company);
        Assert.Equal("Money Counter", john.Position);
        Assert.Equal(["john.doe@ibm.com"], john.Emails);
        Assert.Equal(["905-666-1234", "905-555-1234"], john.Phones);
        Assert.Equal(["http://www.ibm.com"], john.Urls);
        Assert.Equal(["VIP"], john.Tags);
        Assert.Equal("Albaney, New York, United States of America", john.Location);
        Assert.StartsWith("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO,", john.Notes);
        Assert.Contains("SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION", john.Notes);
        Assert.EndsWith("ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.", john.Notes);
    }

    [Fact]
    public void Read_IphoneExportWithCrCrLf_ReadsCardAndSkipsPhoto()
    {
        var rows = ReadFixture("ez-vcard/John_Doe_IPHONE.vcf");

        var john = Facts(Assert.Single(rows));
        Assert.Equal("John Richter James", john.FirstName);
        Assert.Equal("Doe", john.LastName);
        Assert.Equal("IBM", john.Company);
        Assert.Equal("Money Counter", john.Position);
        Assert.Equal(["john.doe@ibm.com"], john.Emails);
        Assert.Equal(["905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234", "905-999-1234", "905-111-1234", "905-222-1234"], john.Phones);
        Assert.Equal(["http://www.ibm.com"], john.Urls);
        Assert.Equal("New York, New York, United States of America", john.Location);
        Assert.Null(john.Notes);
    }

    [Fact]
    public void Read_MsOutlookExport_ReadsCardAndSkipsBase64Photo()
    {
        var rows = ReadFixture("ez-vcard/John_Doe_MS_OUTLOOK.vcf");

        var john = Facts(Assert.Single(rows));
        Assert.Equal("John Richter James", john.FirstName);
        Assert.Equal("Doe", john.LastName);
        Assert.Equal("IBM", john.Company);
        Assert.Equal("Money Counter", john.Position);
        Assert.Equal(["john.doe@ibm.cm"], john.Emails);
        Assert.Equal(["(905) 555-1234", "(905) 666-1234"], john.Phones);
        Assert.Equal(["http://www.ibm.com"], john.Urls);
        Assert.Equal("Albaney, New York, United States of America", john.Location);
        Assert.StartsWith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS'' AND ANY EXPRESS", john.Notes);
        Assert.Empty(john.Tags);
    }

    [Fact]
    public void Read_Outlook2007Export_ReadsQuotedPrintableNoteAcrossSoftBreaks()
    {
        var rows = ReadFixture("ez-vcard/outlook-2007.vcf");

        var michael = Facts(Assert.Single(rows));
        Assert.Equal("Michael", michael.FirstName);
        Assert.Equal("Angstadt", michael.LastName);
        Assert.Equal("TheCompany", michael.Company);
        Assert.Equal("TheJobTitle", michael.Position);
        Assert.Equal(["mike.angstadt@gmail.com"], michael.Emails);
        Assert.Equal(["(111) 555-1111", "(111) 555-2222", "(111) 555-4444", "(111) 555-3333"], michael.Phones);
        Assert.Equal(["http://mikeangstadt.name"], michael.Urls);
        Assert.Equal("New York, NY, USA", michael.Location);
        Assert.Equal(
            "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n"
            + "But I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
            michael.Notes);
    }

    [Fact]
    public void Read_Rfc6350Example_ReadsTelUrisAndFoldedAddress()
    {
        var rows = ReadFixture("ez-vcard/rfc6350-example.vcf");

        var simon = Facts(Assert.Single(rows));
        Assert.Equal("Simon", simon.FirstName);
        Assert.Equal("Perreault", simon.LastName);
        Assert.Equal("Viagenie", simon.Company);
        Assert.Equal(["simon.perreault@viagenie.ca"], simon.Emails);
        Assert.Equal(["+1-418-656-9254;ext=102", "+1-418-262-6501"], simon.Phones);
        Assert.Equal(["http://nomis80.org"], simon.Urls);
        Assert.Equal("Quebec, QC, Canada", simon.Location);
        Assert.Null(simon.Position);
    }
}
