using Playbook.Engine.Import.AddressBook;
using static Playbook.Tests.Import.AddressBook.AddressBookInput;

namespace Playbook.Tests.Import.AddressBook;

public sealed class AddressBookCsvGoogleTests
{
    [Fact]
    public void Read_RealOldLayoutFixture_YieldsEveryPersonWithTheirEmail()
    {
        var path = Fixture("google-outlook/google_old_layout_google_contacts.csv");

        using var stream = File.OpenRead(path);
        var rows = AddressBookCsv.Read(stream, "google_contacts.csv", format: null).ToList();

        Assert.Equal([2L, 3L, 4L], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Null(r.Problem));
        var feynman = rows[0].Facts!;
        Assert.Equal(("Richard", "Feynman"), (feynman.FirstName, feynman.LastName));
        Assert.Equal(["rich@caltech.edu"], feynman.Emails);
        Assert.Empty(feynman.Phones);
        Assert.Null(feynman.Company);
        Assert.Empty(feynman.Tags);
        var nameless = rows[1].Facts!;
        Assert.Equal("", nameless.FullName);
        Assert.Equal(["iforgotthisguysnamebutihavehisemail@gmail.com"], nameless.Emails);
        var musk = rows[2].Facts!;
        Assert.Equal(("Elon", "Musk"), (musk.FirstName, musk.LastName));
        Assert.Equal(["elon.musk@tesla.com"], musk.Emails);
    }

    [Fact]
    public void Read_MultiValuesWithPrimaryMarks_PutsThePrimaryFirst()
    {
        var csv = CsvText(GoogleNewHeader, Row(GoogleNewHeader,
            ("First Name", "Lucía"), ("Last Name", "Fernández Ortega"),
            ("E-mail 1 - Label", "Work"), ("E-mail 1 - Value", "lucia@work.example.com"),
            ("E-mail 2 - Label", "* Home"), ("E-mail 2 - Value", "lucia@home.example.org ::: lucia.old@example.net"),
            ("Phone 1 - Label", "Mobile"), ("Phone 1 - Value", "+34 600 000 001 ::: * +34 600 000 002"),
            ("Phone 2 - Label", "Home"), ("Phone 2 - Value", "+34600000001")));

        var facts = Single(Read(csv));

        Assert.Equal(["lucia@home.example.org", "lucia@work.example.com", "lucia.old@example.net"], facts.Emails);
        Assert.Equal(["+34 600 000 002", "+34 600 000 001"], facts.Phones);
    }

    [Fact]
    public void Read_Labels_DropsMyContactsAndKeepsTheOthersLowerCased()
    {
        var csv = CsvText(GoogleNewHeader, Row(GoogleNewHeader,
            ("First Name", "Ana"), ("Labels", "* myContacts ::: * starred ::: Clientes ::: Madrid Tech")));

        var facts = Single(Read(csv));

        Assert.Equal(["starred", "clientes", "madrid tech"], facts.Tags);
    }

    [Fact]
    public void Read_Websites_LinkedInProfileBecomesProfileUrlAndTheRestUrls()
    {
        var csv = CsvText(GoogleNewHeader, Row(GoogleNewHeader,
            ("First Name", "Ana"),
            ("Website 1 - Label", "Blog"), ("Website 1 - Value", "https://ana.example.com ::: https://ana.example.com/blog"),
            ("Website 2 - Label", "Profile"), ("Website 2 - Value", "https://www.linkedin.com/in/ana-garcia-ruiz/")));

        var facts = Single(Read(csv));

        Assert.Equal("https://www.linkedin.com/in/ana-garcia-ruiz/", facts.ProfileUrl);
        Assert.Equal("ana-garcia-ruiz", facts.ProfileKey);
        Assert.Equal(["https://ana.example.com", "https://ana.example.com/blog"], facts.Urls);
    }

    [Fact]
    public void Read_OrganizationNotesAndAddress_FillCompanyPositionNotesAndLocation()
    {
        var csv = CsvText(GoogleNewHeader, Row(GoogleNewHeader,
            ("First Name", "Ana"), ("Middle Name", "María"), ("Last Name", "Robles Díaz"),
            ("Organization Name", "Estudio Robles"), ("Organization Title", "Diseñadora"),
            ("Notes", "Line one, with a comma\nand \"quotes\""),
            ("Address 1 - Label", "Home"), ("Address 1 - City", "Valencia"), ("Address 1 - Country", "España")));

        var facts = Single(Read(csv));

        Assert.Equal(("Ana María", "Robles Díaz"), (facts.FirstName, facts.LastName));
        Assert.Equal(("Estudio Robles", "Diseñadora"), (facts.Company, facts.Position));
        Assert.Equal("Line one, with a comma\nand \"quotes\"", facts.Notes);
        Assert.Equal("Valencia, España", facts.Location);
    }

    [Fact]
    public void Read_OldLayoutInAnotherColumnOrder_ReadsColumnsByName()
    {
        const string header = "Group Membership,E-mail 1 - Value,E-mail 1 - Type,Family Name,Given Name,Name,"
            + "Organization 1 - Title,Organization 1 - Name,Phone 1 - Type,Phone 1 - Value,Website 1 - Type,Website 1 - Value";
        var csv = CsvText(header, Row(header,
            ("Group Membership", "* My Contacts ::: Friends"), ("E-mail 1 - Type", "* Work"), ("E-mail 1 - Value", "tom@example.com"),
            ("Given Name", "Tomás"), ("Family Name", "Ibáñez"), ("Name", "Tomás Ibáñez"),
            ("Organization 1 - Name", "Logística Ebro"), ("Organization 1 - Title", "CTO"),
            ("Phone 1 - Type", "Work"), ("Phone 1 - Value", "+34 976 555 210"),
            ("Website 1 - Type", "Profile"), ("Website 1 - Value", "linkedin.com/in/tomas-ibanez")));

        var facts = Single(Read(csv));

        Assert.Equal(("Tomás", "Ibáñez"), (facts.FirstName, facts.LastName));
        Assert.Equal(["tom@example.com"], facts.Emails);
        Assert.Equal(["+34 976 555 210"], facts.Phones);
        Assert.Equal(("Logística Ebro", "CTO"), (facts.Company, facts.Position));
        Assert.Equal(["friends"], facts.Tags);
        Assert.Equal("tomas-ibanez", facts.ProfileKey);
    }

    [Fact]
    public void Read_OnlyTheOneCellName_SplitsIt()
    {
        const string header = "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value";
        var csv = CsvText(header, Row(header, ("Name", "Carmen Vidal Ortega"), ("E-mail 1 - Value", "carmen@example.com")));

        var facts = Single(Read(csv));

        Assert.Equal(("Carmen", "Vidal Ortega"), (facts.FirstName, facts.LastName));
    }

    [Fact]
    public void Read_ValuesThatAreNotEmailAddresses_AreLeftOut()
    {
        var csv = CsvText(GoogleNewHeader, Row(GoogleNewHeader,
            ("First Name", "Ana"), ("E-mail 1 - Label", "Work"), ("E-mail 1 - Value", "n/a ::: ana@example.com ::: ANA@example.com")));

        var facts = Single(Read(csv));

        Assert.Equal(["ana@example.com"], facts.Emails);
    }
}
