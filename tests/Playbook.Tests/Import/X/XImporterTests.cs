using Playbook.Engine.Events;
using Playbook.Engine.Import;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.X;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.X;

public sealed class XImporterTests : IDisposable
{
    private readonly TestStore _test = new();

    private ImportReport Import(string path) => new Importer(_test.Store).Import(new ImportRequest(ExportKind.X, [path]));

    private static FileReport File(ImportReport report, string name) => Assert.Single(report.Files, f => f.File == name);

    [Fact]
    public void Import_Folder_MakesOneContactPerPartnerKnownByTheirXIdAndNeverTheOwner()
    {
        var report = Import(XArchives.Folder);

        Assert.False(report.HasFailedFiles);
        Assert.Empty(report.Skips);
        Assert.Equal(5, _test.ContactCount);
        Assert.Equal("Pedro Sánchez-Olmo", _test.Store.Contacts.Get("x:2847561930").FullName);
        Assert.Equal("Lucía Fernández", _test.Store.Contacts.Get("x:1199000000000000001").FullName);
        Assert.Equal("@nadia_ux", _test.Store.Contacts.Get("x:3141592653").FullName);
        Assert.Equal("x:5550001111", _test.Store.Contacts.Get("x:5550001111").FullName);
        Assert.Equal("x:777000111", _test.Store.Contacts.Get("x:777000111").FullName);
        Assert.Throws<Engine.Store.NotFoundException>(() => _test.Store.Contacts.Get("x:987654321"));
        Assert.All(_test.Store.Contacts.Search(), c => Assert.Equal(["x"], c.Sources));
    }

    [Fact]
    public void Import_IdPastWhatADoubleHolds_KeepsEveryDigit()
    {
        Import(XArchives.Folder);

        var lucia = _test.Store.Contacts.Get("x:1199000000000000001");
        var identity = Assert.Single(_test.Store.Contacts.Identities(lucia.Id));
        Assert.Equal(("x", "1199000000000000001", "@lucia_fdz"), (identity.Network, identity.Key, identity.Handle));
        Assert.Equal(0, _test.Scalar("SELECT count(*) FROM contact_identities WHERE key = '1199000000000000000'"));
    }

    [Fact]
    public void Import_SignatureLine_NamesTheContactForDisplayOnly()
    {
        Import(XArchives.Folder);

        var pedro = _test.Store.Contacts.Get("x:2847561930");
        Assert.Equal("Pedro Sánchez-Olmo", pedro.FullName);
        Assert.Null(pedro.FirstName);
        Assert.Null(pedro.LastName);
    }

    [Fact]
    public void Import_Messages_AreEventsOnChannelXOldestFirstWithDirectionAndClassification()
    {
        Import(XArchives.Folder);

        var pedro = _test.Store.Contacts.Get("x:2847561930");
        var messages = _test.Store.Events.List(pedro.Id).Where(e => e.Channel == "x").ToList();
        Assert.Equal([EventKinds.MessageReceived, EventKinds.MessageSent], messages.Select(e => e.Kind));
        var received = messages[0];
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 18, 2, 11, TimeSpan.Zero), received.At);
        Assert.Equal(Directions.In, received.Direction);
        Assert.StartsWith("Hola Marta, vi tu charla", received.Body, StringComparison.Ordinal);
        Assert.Contains("Shopify & marketplaces", received.Body, StringComparison.Ordinal);
        Assert.NotNull(received.Classification);
        var lucia = _test.Store.Contacts.Get("x:1199000000000000001");
        Assert.Equal("engaged", _test.Store.Events.List(lucia.Id, EventKinds.MessageReceived).OrderBy(e => e.At).First().Classification);
        Assert.Equal("x:987654321-2847561930", received.ConversationId);
        Assert.Equal(Directions.Out, messages[1].Direction);
        Assert.True(_test.Scalar("SELECT min(id) FROM events WHERE source = 'x:dm:1570000000000000003'")
            < _test.Scalar("SELECT min(id) FROM events WHERE source = 'x:dm:1570000000000000005'"));
    }

    [Fact]
    public void Import_PhotoOnlyMessage_HasNoText()
    {
        Import(XArchives.Folder);

        var nadia = _test.Store.Contacts.Get("x:3141592653");
        var messages = _test.Store.Events.List(nadia.Id, EventKinds.MessageReceived);
        Assert.Equal(2, messages.Count);
        Assert.Null(messages.OrderBy(e => e.At).Last().Body);
    }

    [Fact]
    public void Import_GroupConversation_PutsMessagesOnTheSendersTimelineAndLeavesOutReactionsJoinsAndTheOwnersOwn()
    {
        var report = Import(XArchives.Folder);

        var group = File(report, "data/direct-messages-group.js");
        Assert.Equal(2, group.Added);
        Assert.Equal(
            new Dictionary<string, int> { [XConversations.Reactions] = 1, [XConversations.Membership] = 3, [XConversations.OwnGroupMessages] = 1 },
            group.Ignored);
        var tomas = _test.Store.Contacts.Get("x:777000111");
        Assert.Equal("Os presento: Lucía, Marta. Tenéis mucho en común con lo de comercio de barrio.",
            Assert.Single(_test.Store.Events.List(tomas.Id, EventKinds.MessageReceived)).Body);
        var lucia = _test.Store.Contacts.Get("x:1199000000000000001");
        Assert.Contains(_test.Store.Events.List(lucia.Id, EventKinds.MessageReceived), e => e.Body == "¡Encantada, Marta!");
        Assert.DoesNotContain(_test.Store.Events.List(kind: EventKinds.MessageSent), e => e.Body == "¡Gracias Tomás!");
    }

    [Fact]
    public void Import_ManifestParts_ReadsEveryPartWithALineEach()
    {
        var report = Import(XArchives.Folder);

        Assert.Equal(
            ["data/direct-messages.js", "data/direct-messages-part1.js", "data/direct-messages-group.js", "data/follower.js", "data/following.js"],
            report.Files.Select(f => f.File));
        var part0 = File(report, "data/direct-messages.js");
        Assert.Equal((3, 2), (part0.Added, part0.ContactsCreated));
        Assert.Equal(new Dictionary<string, int> { [XConversations.Reactions] = 1 }, part0.Ignored);
        var part1 = File(report, "data/direct-messages-part1.js");
        Assert.Equal((4, 2), (part1.Added, part1.ContactsCreated));
    }

    [Fact]
    public void Import_FollowersAndFollowing_TagTheContactsAmongThemAndCountTheRest()
    {
        var report = Import(XArchives.Folder);

        var followers = File(report, "data/follower.js");
        Assert.Equal((2, 0), (followers.Updated, followers.Added));
        Assert.Equal(new Dictionary<string, int> { [XFollows.NotContacts] = 2 }, followers.Ignored);
        var following = File(report, "data/following.js");
        Assert.Equal(1, following.Updated);
        Assert.Equal(new Dictionary<string, int> { [XFollows.NotContacts] = 1 }, following.Ignored);
        Assert.Equal(["x-follower", "x-following"], _test.Store.Contacts.Get("x:1199000000000000001").Tags);
        Assert.Equal(["x-follower"], _test.Store.Contacts.Get("x:2847561930").Tags);
        Assert.Empty(_test.Store.Contacts.Get("x:5550001111").Tags);
        Assert.Single(_test.Store.Contacts.Search("x-follower"), c => c.FullName == "Pedro Sánchez-Olmo");
    }

    [Fact]
    public void Import_Again_AddsNothing()
    {
        Import(XArchives.Folder);
        var before = _test.TableCounts();

        var again = Import(XArchives.Zip(_test.Folder));

        Assert.Equal(before, _test.TableCounts());
        Assert.All(again.Files, f => Assert.Equal((0, 0), (f.Added, f.ContactsCreated)));
        Assert.Equal(7, File(again, "data/direct-messages.js").Unchanged + File(again, "data/direct-messages-part1.js").Unchanged);
    }

    [Fact]
    public void Import_Zip_ImportsWhatTheFolderDoes()
    {
        var report = Import(XArchives.Zip(_test.Folder));

        Assert.False(report.HasFailedFiles);
        Assert.Equal(5, _test.ContactCount);
        Assert.Equal(9, _test.EventsOf(EventKinds.MessageReceived).Count + _test.EventsOf(EventKinds.MessageSent).Count);
    }

    [Fact]
    public void Import_ExistingContactWithTheSameName_StaysApart()
    {
        var linkedIn = _test.AddContact("Lucía", "Fernández", "Tienda Verde", email: "lucia@example.es");

        Import(XArchives.Folder);

        Assert.NotEqual(linkedIn, _test.Store.Contacts.Get("x:1199000000000000001").Id);
        Assert.Empty(_test.Store.Events.List(linkedIn, EventKinds.MessageReceived));
    }

    [Fact]
    public void KindOf_ZipNamedAsXNamesIt_IsX()
    {
        Assert.Equal(ExportKind.X, Importer.KindOf("/downloads/twitter-2026-11-30-5f1e0c2a9b.zip"));
        Assert.Equal(ExportKind.X, Importer.KindOf(XArchives.Folder));
        Assert.Equal(ExportKind.LinkedIn, Importer.KindOf("/downloads/Basic_LinkedInDataExport_11-30-2026.zip"));
    }

    [Fact]
    public void Import_Ids_AreReadAsTextEvenWhereWrittenAsNumbers()
    {
        var folder = XArchives.With(_test.Folder, "follower.js",
            """window.YTD.follower.part0 = [ { "follower" : { "accountId" : 1199000000000000001 } } ]""");
        var report = Import(folder);

        Assert.Equal(1, File(report, "data/follower.js").Updated);
        Assert.Contains("x-follower", _test.Store.Contacts.Get("x:1199000000000000001").Tags);
    }

    public void Dispose() => _test.Dispose();
}
