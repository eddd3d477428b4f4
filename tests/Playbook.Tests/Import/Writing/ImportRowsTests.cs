using System.Globalization;
using Dapper;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Writing;

/// <summary>
/// What a LinkedIn import writes per row: events keyed by their source key's hash alone (the text left out), and the
/// full-text rows of the contacts a file creates written together at the end of its transaction.
/// </summary>
public sealed class ImportRowsTests : IDisposable
{
    private const string Profile = "First Name,Last Name,Headline\r\nOwner,Person,Owner of the export\r\n";

    private readonly TestStore _test = new();

    [Fact]
    public void Import_LinkedInEvents_KeepTheHashOfTheSourceKeyEarlierBuildsWroteAndLeaveItsTextOut()
    {
        var folder = Export(
            ("Invitations.csv", """
                From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
                Ana Lima,Owner Person,"1/29/26, 2:37 PM",Hello there,INCOMING,https://www.linkedin.com/in/ana-lima,https://www.linkedin.com/in/owner-person
                """));

        _test.Import(folder);

        var (source, hash, ticks) = _test.Store.Connection.QuerySingle<(string, long, long)>(
            "SELECT source, source_hash, at_ticks FROM events WHERE kind = 'invitation.received'");
        Assert.Equal("", source);
        Assert.Equal(SourceKey.Hash(string.Create(CultureInfo.InvariantCulture, $"linkedin:invitation:in:ana-lima:{ticks}")), hash);
    }

    [Fact]
    public void Import_AgainIntoAStoreWhoseEventsHoldTheirKeysText_AddsNothing()
    {
        var folder = Export(
            ("Connections.csv", """
                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.com,Contoso,CTO,08 Feb 2026
                Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Fabrikam,CEO,09 Feb 2026
                """),
            ("messages.csv", """
                CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
                c-1,,Ana Lima,https://www.linkedin.com/in/ana-lima,Owner Person,https://www.linkedin.com/in/owner-person,2026-02-10 10:00:00 UTC,,Thanks for the talk,INBOX
                c-1,,Owner Person,https://www.linkedin.com/in/owner-person,Ana Lima,https://www.linkedin.com/in/ana-lima,2026-02-10 11:00:00 UTC,,Glad to help,INBOX
                c-2,,Ben Okafor,https://www.linkedin.com/in/ben-okafor,Owner Person,https://www.linkedin.com/in/owner-person,2026-02-11 09:00:00 UTC,,Not interested,INBOX
                """));
        _test.Import(folder);
        var events = _test.Scalar("SELECT count(*) FROM events");

        // A store an earlier build wrote holds each key's text beside its hash.
        _test.Execute("UPDATE events SET source = 'linkedin:written-by-an-earlier-build:' || id");
        var again = _test.Import(folder);

        Assert.Equal(0, again.Files.Sum(f => f.Added));
        Assert.Equal(events, _test.Scalar("SELECT count(*) FROM events"));
    }

    [Fact]
    public void Import_ContactsCreated_EachHasTheFullTextRowARefreshWouldWrite()
    {
        var folder = Export(
            ("Connections.csv", """
                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.com,Contoso,CTO,08 Feb 2026
                Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Fabrikam,CEO,09 Feb 2026
                Chloé,Durand,,chloe@example.org,Northwind,Designer,10 Feb 2026
                """),
            ("Invitations.csv", """
                From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
                Dara Ní Bhriain,Owner Person,"1/29/26, 2:37 PM",Hello there,INCOMING,https://www.linkedin.com/in/dara-ni-bhriain,https://www.linkedin.com/in/owner-person
                """));

        _test.Import(folder);
        var written = SearchRows();
        _test.Store.InTransaction(transaction =>
        {
            DerivedData.Refresh(_test.Store.Connection, transaction, _test.Store.Connection.Query<long>("SELECT id FROM contacts", transaction: transaction).ToList());
            return 0;
        });

        Assert.Equal(_test.Scalar("SELECT count(*) FROM contacts"), written.Count);
        Assert.Equal(SearchRows(), written);
        Assert.Equal(["Chloé Durand"], Search("chloe"));
        Assert.Equal(["Ana Lima"], Search("\"ana@example.com\""));
        Assert.Equal(["Dara Ní Bhriain"], Search("ni"));
        Assert.Equal(["Ben Okafor"], Search("fabri*"));
    }

    [Fact]
    public void Import_ContactCreatedAndChangedByTheSameFile_HasOneFullTextRowWithWhatItLearnt()
    {
        var folder = Export(
            ("Connections.csv", """
                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Ana,Lima,https://www.linkedin.com/in/ana-lima,,Contoso,CTO,08 Feb 2026
                Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.com,Contoso,CTO,08 Feb 2026
                """));

        _test.Import(folder);

        Assert.Equal(1, _test.Scalar("SELECT count(*) FROM contact_search"));
        Assert.Equal(["Ana Lima"], Search("\"ana@example.com\""));
        Assert.Equal(["Ana Lima"], Search("contoso"));
    }

    [Fact]
    public void Import_IntoAnEmptyStore_FindsPeopleMetEarlierInTheFileByProfileUrlAndByEmail()
    {
        var folder = Export(
            ("Connections.csv", """
                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.com,Contoso,CTO,08 Feb 2026
                Ana,Lima,https://www.linkedin.com/in/Ana-Lima/,,Contoso,CTO,08 Feb 2026
                Ana M.,Lima,,ANA@example.com,Contoso,CTO,08 Feb 2026
                Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Fabrikam,CEO,09 Feb 2026
                """));

        var file = _test.Import(folder).Files.Single(f => f.File == "Connections.csv");

        Assert.Equal(2, file.ContactsCreated);
        Assert.Equal(2, _test.Scalar("SELECT count(*) FROM contacts"));
    }

    [Fact]
    public void Import_IntoAStoreWithContacts_FindsThemByProfileUrlAndByEmail()
    {
        var ana = _test.AddContact("Ana", "Lima", email: "ana@example.com");
        var ben = _test.AddContact("Ben", "Okafor", profileUrl: "https://www.linkedin.com/in/ben-okafor");
        var folder = Export(
            ("Connections.csv", """
                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.com,Contoso,CTO,08 Feb 2026
                Benjamin,Okafor,https://www.linkedin.com/in/ben-okafor,,Fabrikam,CEO,09 Feb 2026
                """));

        var file = _test.Import(folder).Files.Single(f => f.File == "Connections.csv");

        Assert.Equal(0, file.ContactsCreated);
        Assert.Equal([ana, ben], _test.Store.Connection.Query<long>("SELECT id FROM contacts ORDER BY id"));
        Assert.Equal(ana, _test.Scalar("SELECT id FROM contacts WHERE profile_key = 'ana-lima'"));
    }

    public void Dispose() => _test.Dispose();

    private string Export(params (string Name, string Text)[] files)
    {
        var folder = _test.Folder.Folder("export");
        File.WriteAllText(Path.Combine(folder, "Profile.csv"), Profile);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text.ReplaceLineEndings("\r\n") + "\r\n");
        }

        return folder;
    }

    private List<string> SearchRows() =>
        [.. _test.Store.Connection.Query<string>(
            "SELECT rowid || '|' || quote(name) || '|' || quote(company) || '|' || quote(position) || '|' || quote(headline) || '|' || quote(location) || '|' || quote(emails) || '|' || quote(notes) "
            + "FROM contact_search ORDER BY rowid")];

    private List<string> Search(string match) =>
        [.. _test.Store.Connection.Query<string>(
            "SELECT c.full_name FROM contact_search s JOIN contacts c ON c.id = s.rowid WHERE contact_search MATCH @match ORDER BY c.id", new { match })];
}
