using System.Text;
using Playbook.Engine.Contacts;
using Playbook.Engine.Export;
using static Playbook.Tests.Import.VCard.VCardFiles;

namespace Playbook.Tests.Import.VCard;

/// <summary>What <see cref="VCardExporter"/> writes, the reader gives back.</summary>
public sealed class VCardReaderRoundTripTests
{
    [Fact]
    public void Read_ExporterOutput_GivesEveryFieldBack()
    {
        var at = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
        var contact = new Contact
        {
            Id = 1,
            FirstName = "José Ángel",
            LastName = "Núñez; de la Peña, Jr.",
            FullName = "José Ángel Núñez; de la Peña, Jr.",
            Headline = "Fundador y CEO en Vinoteca Sur · vinos naturales, envíos a toda España y Portugal",
            Company = "Vinoteca Sur, S.L.",
            Position = "Fundador y CEO",
            Location = "Sevilla, Andalucía, España",
            ProfileUrl = "https://www.linkedin.com/in/jos%C3%A9-%C3%A1ngel-n%C3%BA%C3%B1ez-a93b1f",
            Stage = "met",
            Notes = "Primera línea con ñ, tildes y €\nSegunda: C:\\vinos\\tintos; fin",
            ConnectedOn = new DateOnly(2026, 11, 23),
            Emails = ["jose.nunez@example.com", "ja@example.org"],
            Phones = ["+34 600 000 111"],
            Tags = ["clientes, sur", "vino"],
            Urls = ["https://vinotecasur.example.com"],
            CreatedAt = at,
            UpdatedAt = at,
        };
        var text = new StringWriter();
        VCardExporter.Write(text, [contact]);

        var rows = Read(Encoding.UTF8.GetBytes(text.ToString()));

        var facts = Facts(Assert.Single(rows));
        Assert.Equal(contact.FirstName, facts.FirstName);
        Assert.Equal(contact.LastName, facts.LastName);
        Assert.Equal(contact.Headline, facts.Headline);
        Assert.Equal(contact.Company, facts.Company);
        Assert.Equal(contact.Position, facts.Position);
        Assert.Equal(contact.Location, facts.Location);
        Assert.Equal(contact.ProfileUrl, facts.ProfileUrl);
        Assert.Equal(contact.Notes, facts.Notes);
        Assert.Equal(contact.ConnectedOn, facts.ConnectedOn);
        Assert.Equal(contact.Emails, facts.Emails);
        Assert.Equal(contact.Phones, facts.Phones);
        Assert.Equal(contact.Tags, facts.Tags);
        Assert.Equal(contact.Urls, facts.Urls);
    }
}
