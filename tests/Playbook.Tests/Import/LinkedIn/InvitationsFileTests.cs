using Playbook.Engine.Events;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class InvitationsFileTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void Import_2023Invitations_RecordsSentAndReceivedJoinedByProfileUrl()
    {
        var export = _test.Export("export",
            (RepoPaths.OrgSignal("2023_Connections.csv"), "2023_Connections.csv"),
            (RepoPaths.OrgSignal("2023_Invitations.csv"), "2023_Invitations.csv"));

        var report = _test.Import(export);

        var file = report.Files.Single(f => f.File == "2023_Invitations.csv");
        Assert.Equal(2, file.Added);
        Assert.Equal(1, file.ContactsCreated);
        Assert.Empty(file.Skips);

        var sent = Assert.Single(_test.EventsOf(EventKinds.InvitationSent));
        Assert.Equal(_test.Named("Ines Okafor-Lindqvist").Id, sent.ContactId);
        Assert.Equal(new DateTimeOffset(2023, 2, 7, 14, 37, 0, TimeSpan.Zero), sent.At);
        Assert.Equal(Directions.Out, sent.Direction);
        Assert.Equal("linkedin", sent.Channel);

        var received = Assert.Single(_test.EventsOf(EventKinds.InvitationReceived));
        var ama = _test.Named("Ama Owusu");
        Assert.Equal(ama.Id, received.ContactId);
        Assert.Equal(new DateTimeOffset(2023, 10, 2, 11, 5, 0, TimeSpan.Zero), received.At);
        Assert.Equal(Directions.In, received.Direction);
        Assert.Equal("https://www.linkedin.com/in/ama-owusu", ama.ProfileUrl);
        Assert.Equal("Ama", ama.FirstName);
        Assert.Equal("Owusu", ama.LastName);
        Assert.Equal(4, _test.ContactCount);
    }

    [Fact]
    public void Import_InvitationsWithoutProfileCsv_RecognisesTheOwnerFromDirection()
    {
        _test.Import(RepoPaths.OrgSignal("2023_Invitations.csv"));

        var me = _test.Store.Me.Get();

        Assert.Equal("Jordan Pike", me.FullName);
        Assert.Equal("https://www.linkedin.com/in/jordanpike", me.ProfileUrl);
        Assert.Equal(["Ama Owusu", "Ines Okafor-Lindqvist"], _test.Store.Contacts.Search().Select(c => c.FullName));
    }

    [Fact]
    public void Import_OlderInvitationsWithoutUrlsOrDirection_JoinsByNameRelativeToTheOwner()
    {
        var export = _test.Export("export",
            (RepoPaths.OrgSignal("2026_Profile.csv"), "Profile.csv"),
            (RepoPaths.OrgSignal("2022_Connections_no_URL_column.csv"), "Connections.csv"));
        File.WriteAllText(Path.Combine(export, "Invitations.csv"), """
            From,To,Sent At,Message
            Priya Raman,Jordan Pike,"3/10/21, 9:15 AM","Hi Jordan, we met at the data meetup"
            Jordan Pike,Ravi Menon,"6/30/22, 6:05 PM",
            "Jane Doe, Ph.D.",Jordan Pike,"8/14/22, 7:00 AM",
            """);

        var report = _test.Import(export);

        var file = report.Files.Single(f => f.File == "Invitations.csv");
        Assert.Equal(3, file.Added);
        Assert.Equal(0, file.ContactsCreated);
        Assert.Equal(3, _test.ContactCount);
        var received = _test.EventsOf(EventKinds.InvitationReceived);
        Assert.Equal([_test.Named("Priya Raman").Id, _test.Named("Jane Doe, Ph.D.").Id], received.Select(e => e.ContactId));
        Assert.Equal(["Hi Jordan, we met at the data meetup", null], received.Select(e => e.Body));
        var sent = Assert.Single(_test.EventsOf(EventKinds.InvitationSent));
        Assert.Equal(_test.Named("Ravi Menon").Id, sent.ContactId);
        Assert.Equal(new DateTimeOffset(2022, 6, 30, 18, 5, 0, TimeSpan.Zero), sent.At);
    }

    [Fact]
    public void Import_InvitationFromSomeoneNotConnected_CreatesTheContactOnce()
    {
        var path = _test.Write("export/Invitations.csv", """
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Katarzyna Nowak,Ana García Ruiz,"11/29/26, 10:47 AM",,INCOMING,https://www.linkedin.com/in/katarzyna-nowak-b7e2a0,https://www.linkedin.com/in/ana-garcia-ruiz
            Katarzyna Nowak,Ana García Ruiz,"11/20/25, 8:00 AM",Second try,INCOMING,https://www.linkedin.com/in/katarzyna-nowak-b7e2a0,https://www.linkedin.com/in/ana-garcia-ruiz
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(2, file.Added);
        Assert.Equal(1, file.ContactsCreated);
        var katarzyna = _test.Named("Katarzyna Nowak");
        Assert.Equal(2, _test.Store.Events.List(katarzyna.Id, EventKinds.InvitationReceived).Count);
    }

    [Fact]
    public void Import_MalformedRows_SkipsEachWithLineAndReason()
    {
        var path = _test.Write("export/Invitations.csv", """
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Ama Owusu,Jordan Pike,"10/2/23, 11:05 AM",,INCOMING,https://www.linkedin.com/in/ama-owusu,https://www.linkedin.com/in/jordanpike
            Kofi Mensah,Jordan Pike,last week,,INCOMING,https://www.linkedin.com/in/kofi-mensah-1188,https://www.linkedin.com/in/jordanpike
            Zoë Brandt,Jordan Pike,"10/3/23, 9:00 AM",,SIDEWAYS,https://www.linkedin.com/in/zo%C3%AB-brandt,https://www.linkedin.com/in/jordanpike
            Rex Dorn,Jordan Pike,"10/4/23, 9:00 AM",INCOMING,https://www.linkedin.com/in/rex-dorn,https://www.linkedin.com/in/jordanpike
            ,Jordan Pike,"10/5/23, 9:00 AM",,INCOMING,,https://www.linkedin.com/in/jordanpike
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(
            [
                new ImportSkip("Invitations.csv", 3, "'Sent At' is 'last week', not a date like '1/29/26, 2:37 PM'"),
                new ImportSkip("Invitations.csv", 4, "'Direction' is 'SIDEWAYS', neither INCOMING nor OUTGOING"),
                new ImportSkip("Invitations.csv", 5, "has 6 fields where the header has 7; check the quotes and commas on this row"),
                new ImportSkip("Invitations.csv", 6, "the sender has neither a name nor a profile URL"),
            ],
            file.Skips);
        Assert.Equal(1, file.Added);
        Assert.Equal(["Ama Owusu"], _test.Store.Contacts.Search().Select(c => c.FullName));
    }

    [Fact]
    public void Import_SameFileTwice_AddsNoEventTwice()
    {
        var path = RepoPaths.OrgSignal("2023_Invitations.csv");
        _test.Import(path);
        var events = _test.Store.Events.Count();

        var again = Assert.Single(_test.Import(path).Files);

        Assert.Equal(0, again.Added);
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(events, _test.Store.Events.Count());
        Assert.Equal(2, _test.ContactCount);
    }

    public void Dispose() => _test.Dispose();
}
