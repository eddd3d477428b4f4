using Playbook.Engine.Events;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class ConnectionsFileTests : IDisposable
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    private readonly TestStore _test = new();

    [Fact]
    public void Import_2023FileWithNotesPreamble_FindsTheHeaderAndImportsEveryVisiblePerson()
    {
        var report = _test.Import(RepoPaths.OrgSignal("2023_Connections.csv"));

        var file = Assert.Single(report.Files);
        Assert.Equal("2023_Connections.csv", file.File);
        Assert.Null(file.Error);
        Assert.Equal(3, file.Added);
        Assert.Equal(3, file.ContactsCreated);
        Assert.Equal(0, file.Updated);
        Assert.Empty(file.Skips);
        Assert.Equal(new Dictionary<string, int> { ["hidden profiles"] = 1 }, file.Ignored);

        var ines = _test.Named("Ines Okafor-Lindqvist");
        Assert.Equal("Ines", ines.FirstName);
        Assert.Equal("Okafor-Lindqvist", ines.LastName);
        Assert.Equal("Northwind Analytics, Inc.", ines.Company);
        Assert.Equal("Director of People Ops", ines.Position);
        Assert.Equal("https://www.linkedin.com/in/ines-okafor-l-3b2a91", ines.ProfileUrl);
        Assert.Equal(new DateOnly(2023, 2, 8), ines.ConnectedOn);
        Assert.Empty(ines.Emails);
        Assert.Equal(["linkedin"], ines.Sources);

        var tomas = _test.Named("Tomás Reyes");
        Assert.Equal(["tomas.reyes@example.org"], tomas.Emails);
        Assert.Equal("Engineer, Platform", tomas.Position);
        Assert.Equal(new DateOnly(2019, 11, 14), tomas.ConnectedOn);

        var wren = _test.Named("Wren Hale, PhD");
        Assert.Equal("Wren", wren.FirstName);
        Assert.Equal("Hale, PhD", wren.LastName);
        Assert.Equal(3, _test.ContactCount);
    }

    [Fact]
    public void Import_2022FileWithoutUrlColumn_ImportsEveryVisiblePersonWithoutUrl()
    {
        var report = _test.Import(RepoPaths.OrgSignal("2022_Connections_no_URL_column.csv"));

        var file = Assert.Single(report.Files);
        Assert.Null(file.Error);
        Assert.Equal(3, file.Added);
        Assert.Equal(new Dictionary<string, int> { ["hidden profiles"] = 2 }, file.Ignored);
        Assert.Equal(["Jane Doe, Ph.D.", "Priya Raman", "Ravi Menon"], _test.Store.Contacts.Search().Select(c => c.FullName));
        var jane = _test.Named("Jane Doe, Ph.D.");
        Assert.Equal("Doe, Ph.D.", jane.LastName);
        Assert.Equal("Tailspin", jane.Company);
        Assert.Equal(new DateOnly(2022, 8, 15), jane.ConnectedOn);
        Assert.All(_test.Store.Contacts.Search(), c => Assert.Null(c.ProfileUrl));
    }

    [Fact]
    public void Import_FileWithoutUrlColumnTwice_AddsNobodyTwice()
    {
        var path = RepoPaths.OrgSignal("2022_Connections_no_URL_column.csv");
        _test.Import(path);

        var again = Assert.Single(_test.Import(path).Files);

        Assert.Equal(0, again.Added);
        Assert.Equal(3, again.Unchanged);
        Assert.Equal(3, _test.ContactCount);
    }

    [Fact]
    public void Import_EveryPerson_RecordsContactImportedOnceAtTheClockTime()
    {
        _test.Import(RepoPaths.OrgSignal("2023_Connections.csv"));
        _test.Clock.Advance(TimeSpan.FromDays(1));
        _test.Import(RepoPaths.OrgSignal("2023_Connections.csv"));

        var imported = _test.EventsOf(EventKinds.ContactImported);

        Assert.Equal(3, imported.Count);
        Assert.All(imported, e => Assert.Equal(TestStore.Start, e.At));
        Assert.All(imported, e => Assert.Equal("from linkedin", e.Body));
        Assert.Equal(3, imported.Select(e => e.ContactId).Distinct().Count());
    }

    [Fact]
    public void Import_LaterExportWithUrls_JoinsPeopleOfAnOlderFileWithoutUrlsByName()
    {
        _test.Import(RepoPaths.OrgSignal("2022_Connections_no_URL_column.csv"));
        var path = _test.Write("later/Connections.csv", $"""
            {Header}
            Ravi,Menon,https://www.linkedin.com/in/ravi-menon,,Litware,CTO,01 Jul 2022
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(1, file.Updated);
        Assert.Equal(0, file.ContactsCreated);
        Assert.Equal(3, _test.ContactCount);
        Assert.Equal("https://www.linkedin.com/in/ravi-menon", _test.Named("Ravi Menon").ProfileUrl);
    }

    [Fact]
    public void Import_TwoConnectionsWithTheSameNameAndNoUrl_KeepsThemApart()
    {
        var path = _test.Write("2022/Connections.csv", """
            First Name,Last Name,Email Address,Company,Position,Connected On
            David,García,,Contoso,CTO,01 Jul 2022
            David,García,,Fabrikam,Designer,02 Jul 2022
            """);

        var first = Assert.Single(_test.Import(path).Files);
        var second = Assert.Single(_test.Import(path).Files);

        Assert.Equal(2, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(2, second.Unchanged);
        var davids = _test.Store.Contacts.Search("david garcia");
        Assert.Equal(["Contoso", "Fabrikam"], davids.Select(d => d.Company).Order());
    }

    [Fact]
    public void Import_LaterFileWithUrlsForTwoPeopleOfTheSameName_GivesEachTheirOwnUrl()
    {
        _test.Import(_test.Write("2022/Connections.csv", """
            First Name,Last Name,Email Address,Company,Position,Connected On
            David,García,,Contoso,CTO,01 Jul 2022
            David,García,,Fabrikam,Designer,02 Jul 2022
            """));
        var later = _test.Write("2023/Connections.csv", $"""
            {Header}
            David,García,https://www.linkedin.com/in/david-garcia-f,,Fabrikam,Designer,02 Jul 2022
            David,García,https://www.linkedin.com/in/david-garcia-c,,Contoso,CTO,01 Jul 2022
            """);

        var file = Assert.Single(_test.Import(later).Files);

        Assert.Equal(0, file.ContactsCreated);
        var davids = _test.Store.Contacts.Search("david garcia");
        Assert.Equal(
            ["Contoso https://www.linkedin.com/in/david-garcia-c", "Fabrikam https://www.linkedin.com/in/david-garcia-f"],
            davids.Select(d => $"{d.Company} {d.ProfileUrl}").Order());
    }

    [Fact]
    public void Import_TwoConnectionsWithTheSameNameAndDifferentUrls_KeepsThemApart()
    {
        var path = _test.Write("export/Connections.csv", $"""
            {Header}
            David,García,https://www.linkedin.com/in/david-garcia-1,,Contoso,CTO,01 Jul 2022
            David,García,https://www.linkedin.com/in/david-garcia-2,,Fabrikam,Designer,02 Jul 2022
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(2, file.ContactsCreated);
        Assert.Equal(2, _test.Store.Contacts.Search("david").Count);
    }

    [Fact]
    public void Import_SamePersonTwiceInOneFile_IsOneContact()
    {
        var path = _test.Write("export/Connections.csv", $"""
            {Header}
            Ana,García,https://www.linkedin.com/in/ana-garcia,,Contoso,CTO,01 Jul 2022
            Ana,García,https://www.linkedin.com/in/Ana-Garcia/,,Contoso,CTO,01 Jul 2022
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(1, file.ContactsCreated);
        Assert.Equal(1, _test.ContactCount);
    }

    [Fact]
    public void Import_NoPreambleBomAndCrlf_ImportsEveryone()
    {
        var path = _test.Folder.Write("export/Connections.csv",
            [.. new byte[] { 0xEF, 0xBB, 0xBF }, .. System.Text.Encoding.UTF8.GetBytes(
                $"{Header}\r\nJürgen,Müller,https://www.linkedin.com/in/juergen-mueller,,Kaufnett GmbH,CEO,08 Feb 2026\r\n")]);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Null(file.Error);
        Assert.Equal(1, file.Added);
        var jurgen = _test.Named("Jürgen Müller");
        Assert.Equal("CEO", jurgen.Position);
        Assert.Equal(new DateOnly(2026, 2, 8), jurgen.ConnectedOn);
    }

    [Fact]
    public void Import_MalformedRows_SkipsEachWithLineAndReasonAndImportsTheRest()
    {
        var path = _test.Write("export/Connections.csv", $"""
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            {Header}
            Ana,García,https://www.linkedin.com/in/ana-garcia,,Contoso,CTO,01 Jul 2022
            Ravi,Menon,https://www.linkedin.com/in/ravi-menon,Litware,CTO,01 Jul 2022
            Priya,Raman,https://www.linkedin.com/in/priya-raman,,Fabrikam,Analyst,yesterday
            Jane,Doe,https://example.com/jane,,Tailspin,Researcher,15 Aug 2022
            "Tom
            Multi",Line,https://www.linkedin.com/in/tom-multi,,Contoso,Engineer,32 Jan 2023
            Wren,Hale,https://www.linkedin.com/in/wren-hale,,Fabrikam,Research Lead,05 Mar 2021
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(
            [
                new ImportSkip("Connections.csv", 6, "has 6 fields where the header has 7; check the quotes and commas on this row"),
                new ImportSkip("Connections.csv", 7, "'Connected On' is 'yesterday', not a date like '08 Feb 2026'"),
                new ImportSkip("Connections.csv", 8, "URL 'https://example.com/jane' is not a LinkedIn profile URL (https://www.linkedin.com/in/...)"),
                new ImportSkip("Connections.csv", 9, "'Connected On' is '32 Jan 2023', not a date like '08 Feb 2026'"),
            ],
            file.Skips);
        Assert.Equal("Connections.csv(7): 'Connected On' is 'yesterday', not a date like '08 Feb 2026'", file.Skips[1].ToString());
        Assert.Null(file.Error);
        Assert.Equal(2, file.Added);
        Assert.Equal(["Ana García", "Wren Hale"], _test.Store.Contacts.Search().Select(c => c.FullName));
    }

    [Fact]
    public void Import_HeaderOnly_ImportsNothingAndReportsNoError()
    {
        var path = _test.Write("export/Connections.csv", Header + "\n");

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Null(file.Error);
        Assert.Equal(0, file.Added);
        Assert.Equal(0, _test.ContactCount);
    }

    [Fact]
    public void Import_FileWithoutTheHeader_FailsNamingWhatIsMissing()
    {
        var path = _test.Write("export/Connections.csv", "Name,Company\nAna García,Contoso\n");

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal("has no header row starting 'First Name,Last Name,...,Connected On'; is it the file LinkedIn exports under that name?", file.Error);
        Assert.False(file.Succeeded);
        Assert.Equal(0, _test.ContactCount);
    }

    [Fact]
    public void Import_HeaderWithoutLastName_FailsNamingTheColumn()
    {
        var path = _test.Write("export/Connections.csv", "First Name,Company,Connected On\nAna,Contoso,01 Jul 2022\n");

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal("line 1: the header lacks the column 'Last Name'", file.Error);
        Assert.Equal(0, _test.ContactCount);
    }

    public void Dispose() => _test.Dispose();
}
