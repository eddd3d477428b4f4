using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Writing;
using static Playbook.Tests.Import.VCard.VCardFiles;

namespace Playbook.Tests.Import.VCard;

/// <summary>examples/contacts.vcf reads as documented, and shares people with the example LinkedIn export.</summary>
public sealed class ExampleContactsTests
{
    private static readonly string ExamplesFolder = Path.Combine(RepositoryRoot, "examples");

    [Fact]
    public void Read_ExampleContacts_ReadsEveryCard()
    {
        var rows = ReadExample();

        Assert.Equal(
            ["Hannah Becker", "Irene Castaño", "Amparo Beltrán Ocaña", "Renée O'Sullivan"],
            rows.Select(row => Facts(row).FullName));
        var irene = Facts(rows[1]);
        Assert.Equal("Irene", irene.FirstName);
        Assert.Equal("Castaño", irene.LastName);
        Assert.Equal("Tiendas Aurora", irene.Company);
        Assert.Equal("Responsable de Marketplaces", irene.Position);
        Assert.Equal(["+34 612 000 318", "+34 910 000 745"], irene.Phones);
        Assert.Equal("Madrid, España", irene.Location);
        Assert.Equal(["Clientes"], irene.Tags);
        Assert.Equal(
            "Migran el catálogo a un nuevo marketplace en enero; llamarla después de Reyes.\nPrefiere WhatsApp; la oficina solo atiende por las mañanas.",
            irene.Notes);
        var amparo = Facts(rows[2]);
        Assert.Equal("Amparo", amparo.FirstName);
        Assert.Equal("Beltrán Ocaña", amparo.LastName);
        Assert.Equal(["amparo.beltran@example.org", "amparo.bo@example.com"], amparo.Emails);
        Assert.Equal(["+34-960-000-218"], amparo.Phones);
        Assert.Equal("València, Comunitat Valenciana, España", amparo.Location);
        Assert.Equal(["Proveedores", "Cerámica"], amparo.Tags);
        var renee = Facts(rows[3]);
        Assert.Equal(["renee@harbourlight.example.com", "renee.osullivan@example.net"], renee.Emails);
        Assert.Equal(["https://twitter.com/reneeosul.example"], renee.Urls);
        Assert.Equal("Head of E-commerce", renee.Position);
    }

    [Fact]
    public void Read_ExampleContacts_HannahHasTheProfileOfHerLinkedInConnection()
    {
        var connectionKeys = ConnectionFields().Select(ProfileUrl.KeyOf).OfType<string>().ToHashSet();

        var hannah = Facts(ReadExample()[0]);

        Assert.Equal("https://www.linkedin.com/in/hannah-becker-seo", hannah.ProfileUrl);
        Assert.Contains(hannah.ProfileKey!, connectionKeys);
        Assert.Equal(["hannah.becker@example.net"], hannah.Emails);
        Assert.Equal(["https://hannah-becker.example.org"], hannah.Urls);
        Assert.Equal("Kaufnett GmbH", hannah.Company);
        Assert.Equal("Berlin, Deutschland", hannah.Location);
        Assert.Equal(["SEO", "Conferences"], hannah.Tags);
        Assert.Equal("Met at the Berlin e-commerce meetup, November 2026. Asked about our marketplace audit; send the deck before Christmas.", hannah.Notes);
    }

    [Fact]
    public void Read_ExampleContacts_IreneHasTheEmailOfHerLinkedInConnection()
    {
        var connectionEmails = ConnectionFields().Where(field => field.Contains('@', StringComparison.Ordinal)).ToHashSet();

        var irene = Facts(ReadExample()[1]);

        Assert.Null(irene.ProfileUrl);
        Assert.Equal(["irene.castano@example.com"], irene.Emails);
        Assert.Contains(irene.Emails[0], connectionEmails);
    }

    private static List<SourceRow> ReadExample()
    {
        using var stream = File.OpenRead(Path.Combine(ExamplesFolder, "contacts.vcf"));
        return Engine.Import.VCard.VCardReader.Read(stream, "contacts.vcf").ToList();
    }

    private static List<string> ConnectionFields()
    {
        using var stream = File.OpenRead(Path.Combine(ExamplesFolder, "linkedin-export", "Connections.csv"));
        return CsvFile.Read(stream).SelectMany(record => record.Fields).ToList();
    }
}
