using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Csv;

namespace Playbook.Tests.Import.AddressBook;

public sealed class LayoutDetectorTests
{
    [Theory]
    [InlineData(AddressBookInput.GoogleNewHeader, nameof(AddressBookLayout.GoogleNew))]
    [InlineData("Name,Given Name,Additional Name,Family Name,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value", nameof(AddressBookLayout.GoogleOld))]
    [InlineData(AddressBookInput.OutlookDesktopHeader, nameof(AddressBookLayout.OutlookDesktop))]
    [InlineData(AddressBookInput.OutlookComHeader, nameof(AddressBookLayout.OutlookCom))]
    [InlineData("Anrede,Vorname,Nachname,Firma,E-Mail-Adresse,E-Mail-Typ,Kategorien", nameof(AddressBookLayout.OutlookDesktop))]
    [InlineData("Titre,Prénom,Nom,Société,Adresse de messagerie,Type de messagerie,Catégories", nameof(AddressBookLayout.OutlookDesktop))]
    [InlineData("Tratamiento,Nombre,Apellidos,Organización,Puesto,Teléfono móvil,Categorías", nameof(AddressBookLayout.OutlookCom))]
    public void Detect_KnownHeader_GivesItsLayout(string header, string expected)
    {
        var csvHeader = new CsvHeader(header.Split(','), 1);

        var layout = LayoutDetector.Detect(csvHeader);

        Assert.Equal(expected, layout?.ToString());
    }

    [Theory]
    [InlineData("First Name,Last Name,URL,Email Address,Company,Position,Connected On")]
    [InlineData("sku,title,price")]
    [InlineData("BEGIN:VCARD")]
    public void Detect_OtherHeader_GivesNull(string header)
    {
        var csvHeader = new CsvHeader(header.Split(','), 1);

        var layout = LayoutDetector.Detect(csvHeader);

        Assert.Null(layout);
    }

    [Fact]
    public void Read_NoFormatGiven_ReadsEachLayoutWithItsColumns()
    {
        var google = AddressBookInput.CsvText(AddressBookInput.GoogleNewHeader, AddressBookInput.Row(AddressBookInput.GoogleNewHeader,
            ("First Name", "Ana"), ("E-mail 1 - Label", "* Work"), ("E-mail 1 - Value", "ana@example.com")));
        var outlook = AddressBookInput.CsvText(AddressBookInput.OutlookComHeader, AddressBookInput.Row(AddressBookInput.OutlookComHeader,
            ("First Name", "Ana"), ("E-mail Address", "ana@example.com")));

        var fromGoogle = AddressBookInput.Single(AddressBookInput.Read(google));
        var fromOutlook = AddressBookInput.Single(AddressBookInput.Read(outlook));

        Assert.Equal(["ana@example.com"], fromGoogle.Emails);
        Assert.Equal(["ana@example.com"], fromOutlook.Emails);
    }

    [Fact]
    public void DetectStream_OutlookFile_GivesOutlookAndPutsTheStreamBack()
    {
        var csv = AddressBookInput.CsvText(AddressBookInput.OutlookDesktopHeader, AddressBookInput.Row(AddressBookInput.OutlookDesktopHeader, ("First Name", "Ana")));
        using var stream = new MemoryStream(AddressBookInput.Bytes(csv, System.Text.Encoding.UTF8, bom: true));

        var format = AddressBookCsv.Detect(stream);

        Assert.Equal(AddressBookFormat.Outlook, format);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void DetectStream_VCard_GivesNull()
    {
        using var stream = new MemoryStream("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"u8.ToArray());

        var format = AddressBookCsv.Detect(stream);

        Assert.Null(format);
    }
}
