using System.Text;
using Playbook.Engine.Import.Decoding;
using static Playbook.Tests.Import.AddressBook.AddressBookInput;

namespace Playbook.Tests.Import.AddressBook;

public sealed class AddressBookCsvOutlookTests
{
    [Fact]
    public void Read_DesktopInWindows1252_DecodesTheAccentedName()
    {
        var csv = CsvText(OutlookDesktopHeader, Row(OutlookDesktopHeader,
            ("First Name", "José"), ("Last Name", "Núñez Peña"), ("Company", "Cañas & Señores"), ("Job Title", "Director"),
            ("E-mail Address", "jose.nunez@example.com"), ("E-mail Type", "SMTP"), ("Business City", "Málaga"), ("Business Country", "España")));
        var bytes = Bytes(csv, LegacyEncodings.Windows1252);

        var facts = Single(Read(bytes));

        Assert.Equal(("José", "Núñez Peña"), (facts.FirstName, facts.LastName));
        Assert.Equal(("Cañas & Señores", "Director"), (facts.Company, facts.Position));
        Assert.Equal(["jose.nunez@example.com"], facts.Emails);
        Assert.Equal("Málaga, España", facts.Location);
    }

    [Fact]
    public void Read_ExchangeAddress_IsSkippedAndTheSmtpOneKept()
    {
        var csv = CsvText(OutlookDesktopHeader, Row(OutlookDesktopHeader,
            ("First Name", "Ana"), ("Last Name", "García"),
            ("E-mail Address", "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a1b2-ana"),
            ("E-mail Type", "EX"), ("E-mail Display Name", "Ana García"),
            ("E-mail 2 Address", "ana.garcia@example.com"), ("E-mail 2 Type", "SMTP")));

        var facts = Single(Read(csv));

        Assert.Equal(["ana.garcia@example.com"], facts.Emails);
    }

    [Fact]
    public void Read_ExchangeTypeWithoutPath_IsSkippedToo()
    {
        var csv = CsvText(OutlookDesktopHeader, Row(OutlookDesktopHeader,
            ("First Name", "Ana"), ("E-mail Address", "ana@corp.example.com"), ("E-mail Type", "EX"),
            ("E-mail 2 Address", "ana@example.org"), ("E-mail 2 Type", "SMTP")));

        var facts = Single(Read(csv));

        Assert.Equal(["ana@example.org"], facts.Emails);
    }

    [Fact]
    public void Read_LinkedInUrlInWebPage_BecomesTheProfileUrl()
    {
        var csv = CsvText(OutlookDesktopHeader, Row(OutlookDesktopHeader,
            ("First Name", "Zoë"), ("Last Name", "Brandt"), ("Web Page", "https://www.linkedin.com/in/zo%C3%AB-brandt-4a1/")));

        var facts = Single(Read(csv));

        Assert.Equal("https://www.linkedin.com/in/zo%C3%AB-brandt-4a1/", facts.ProfileUrl);
        Assert.Equal("zoë-brandt-4a1", facts.ProfileKey);
        Assert.Empty(facts.Urls);
    }

    [Fact]
    public void Read_PhoneColumns_GiveEveryNumberOnceInColumnOrderWithoutFaxOrPager()
    {
        var csv = CsvText(OutlookDesktopHeader, Row(OutlookDesktopHeader,
            ("First Name", "Ana"), ("Primary Phone", "+34 600 111 222"), ("Home Phone", "+34600111222"),
            ("Mobile Phone", "+34 611 000 000"), ("Pager", "555"), ("Home Fax", "+34 910 000 001"),
            ("Business Phone", "+34 910 000 000")));

        var facts = Single(Read(csv));

        Assert.Equal(["+34 600 111 222", "+34 611 000 000", "+34 910 000 000"], facts.Phones);
    }

    [Fact]
    public void Read_Categories_BecomeTagsWithoutGooglesMyContacts()
    {
        var csv = CsvText(OutlookDesktopHeader, Row(OutlookDesktopHeader,
            ("First Name", "Ana"), ("Categories", "myContacts;Clientes;VIP; Madrid ;;vip")));

        var facts = Single(Read(csv));

        Assert.Equal(["clientes", "vip", "madrid"], facts.Tags);
    }

    [Fact]
    public void Read_OutlookComInUtf16LeWithBom_ReadsEveryField()
    {
        var csv = CsvText(OutlookComHeader, Row(OutlookComHeader,
            ("First Name", "Søren"), ("Last Name", "Ødegård"), ("E-mail Address", "soren@example.net"),
            ("Mobile Phone", "+45 20 55 01 02"), ("Company", "Fjord ApS"), ("Job Title", "CEO"), ("Home City", "Aarhus"),
            ("Personal Web Page", "https://soren.example.net"), ("Categories", "Partners"), ("Notes", "Likes \"hygge\"")));
        var bytes = Bytes(csv, Encoding.Unicode, bom: true);

        var facts = Single(Read(bytes));

        Assert.Equal(("Søren", "Ødegård"), (facts.FirstName, facts.LastName));
        Assert.Equal(["soren@example.net"], facts.Emails);
        Assert.Equal(["+45 20 55 01 02"], facts.Phones);
        Assert.Equal(("Fjord ApS", "CEO"), (facts.Company, facts.Position));
        Assert.Equal("Aarhus", facts.Location);
        Assert.Equal(["https://soren.example.net"], facts.Urls);
        Assert.Equal(["partners"], facts.Tags);
        Assert.Equal("Likes \"hygge\"", facts.Notes);
    }

    [Fact]
    public void Read_GermanHeaders_ReadsTheLocalizedColumns()
    {
        const string header = "Anrede,Vorname,Weitere Vornamen,Nachname,Firma,Position,Ort geschäftlich,Land/Region geschäftlich,"
            + "Telefon geschäftlich,Mobiltelefon,Fax geschäftlich,E-Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,Kategorien,Notizen,Webseite";
        var csv = CsvText(header, Row(header,
            ("Vorname", "Jürgen"), ("Nachname", "Müller"), ("Firma", "Nordhaus Living GmbH"), ("Position", "Head of E-Commerce"),
            ("Ort geschäftlich", "Hamburg"), ("Land/Region geschäftlich", "Deutschland"), ("Mobiltelefon", "+49 171 555 0142"),
            ("Fax geschäftlich", "+49 40 555 0000"), ("E-Mail-Adresse", "juergen@example.net"), ("E-Mail-Typ", "SMTP"),
            ("Kategorien", "Partner"), ("Webseite", "https://www.linkedin.com/in/juergen-mueller-5a7b3c")));

        var facts = Single(Read(csv));

        Assert.Equal(("Jürgen", "Müller"), (facts.FirstName, facts.LastName));
        Assert.Equal(("Nordhaus Living GmbH", "Head of E-Commerce"), (facts.Company, facts.Position));
        Assert.Equal("Hamburg, Deutschland", facts.Location);
        Assert.Equal(["+49 171 555 0142"], facts.Phones);
        Assert.Equal(["juergen@example.net"], facts.Emails);
        Assert.Equal(["partner"], facts.Tags);
        Assert.Equal("juergen-mueller-5a7b3c", facts.ProfileKey);
    }

    [Fact]
    public void Read_NoNameButDisplayName_TakesTheNameFromIt()
    {
        var csv = CsvText(OutlookDesktopHeader, Row(OutlookDesktopHeader,
            ("E-mail Address", "pablo@example.com"), ("E-mail Type", "SMTP"), ("E-mail Display Name", "Pablo Serrano Gil (pablo@example.com)")));

        var facts = Single(Read(csv));

        Assert.Equal(("Pablo", "Serrano Gil"), (facts.FirstName, facts.LastName));
    }
}
