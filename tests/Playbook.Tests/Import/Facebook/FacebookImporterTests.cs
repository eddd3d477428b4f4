using System.IO.Compression;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import;
using Playbook.Engine.Import.Facebook;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Facebook;

public sealed class FacebookImporterTests : IDisposable
{
    private readonly TestStore _test = new();

    internal static string Current => RepoPaths.Fixture(Path.Combine("facebook", "current"));

    internal static string Older => RepoPaths.Fixture(Path.Combine("facebook", "older"));

    private ImportReport Import(string path) => new Importer(_test.Store).Import(new ImportRequest(ExportKind.Facebook, [path]));

    private List<Contact> Named(string fullName) =>
        _test.Store.Contacts.All().Where(c => c.FullName == fullName).ToList();

    /// <summary>A copy of the current download in a temp folder, for damaging it.</summary>
    private string CopyOfCurrent(string name)
    {
        var target = _test.Folder.Folder(name);
        foreach (var file in Directory.EnumerateFiles(Current, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Current, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    [Fact]
    public void Import_CurrentLayout_FriendsBecomeContactsWithTheDayOfTheFriendship()
    {
        var report = Import(Current);

        var friends = report.Files[0];
        Assert.Equal(Path.Combine(Current, "connections/friends/your_friends.json"), friends.File);
        Assert.Equal((5, 5, 0), (friends.Added, friends.ContactsCreated, friends.Skips.Count));
        var maria = Assert.Single(Named("María García"));
        Assert.Equal(("María", "García"), (maria.FirstName, maria.LastName));
        Assert.Equal(new DateOnly(2020, 9, 6), maria.ConnectedOn);
        Assert.Equal(["facebook"], maria.Sources);
        Assert.Equal([new NetworkIdentity("facebook", "maria garcia|1599413311")], _test.Store.Contacts.Identities(maria.Id));
        Assert.Single(Named("Zoë Müller"));
    }

    [Fact]
    public void Import_TwoFriendsWithTheSameName_StayTwoContacts()
    {
        Import(Current);

        var juans = Named("Juan García").Where(c => c.ConnectedOn is not null).OrderBy(c => c.ConnectedOn).ToList();

        Assert.Equal([new DateOnly(2020, 9, 25), new DateOnly(2022, 4, 15)], juans.Select(c => c.ConnectedOn!.Value));
    }

    [Fact]
    public void Import_ConversationAcrossTwoFiles_IsWrittenOldestFirstOnChannelFacebook()
    {
        Import(Current);

        var maria = Assert.Single(Named("María García"));
        var events = _test.Store.Events.List(maria.Id).Where(e => e.Channel == "facebook").OrderBy(e => e.Id).ToList();
        Assert.Equal(
            [
                (EventKinds.MessageSent, "2026-09-14 10:00", "Hola María, vi tu charla sobre diseño de servicios en Madrid. ¿Te apetece un café un día de estos?"),
                (EventKinds.MessageReceived, "2026-09-20 18:00", "¡Claro que sí! Me encantaría tomar un café y hablar del proyecto de diseño. ¿Te va bien el jueves?"),
                (EventKinds.MessageReceived, "2026-09-20 18:01", null),
                (EventKinds.MessageSent, "2026-09-20 18:04", "¡Perfecto! Nos vemos el jueves en el café de la esquina."),
            ],
            events.Select(e => (e.Kind, e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), e.Body)));
        Assert.All(events, e => Assert.Equal("facebook:mariagarcia_10158832", e.ConversationId));
        Assert.Equal("engaged", events[1].Classification);
    }

    [Fact]
    public void Import_ReactionsUnsentJoinsAndGroups_AreLeftOutAndCounted()
    {
        var report = Import(Current);

        var messages = report.Files[2];
        Assert.Equal(Path.Combine(Current, "your_activity_across_facebook/messages"), messages.File);
        Assert.Equal((8, 2), (messages.Added, messages.ContactsCreated));
        Assert.Equal(
            new Dictionary<string, int>
            {
                [FacebookConversations.Unsent] = 1, [FacebookConversations.Reactions] = 1, [FacebookConversations.JoinsAndLeaves] = 1,
                [FacebookConversations.ToGroups] = 1, [FacebookConversations.GroupStrangers] = 1,
            },
            messages.Ignored);
        Assert.Empty(Named("Elena Vidal"));
    }

    [Fact]
    public void Import_GroupMessageFromAFriend_GoesOnTheirTimeline()
    {
        Import(Current);

        var pedro = Assert.Single(Named("Pedro Sánchez-Olmo"));
        var received = Assert.Single(_test.Store.Events.List(pedro.Id, EventKinds.MessageReceived));
        Assert.StartsWith("Me apunto al del jueves.", received.Body, StringComparison.Ordinal);
        Assert.Equal("facebook:networkingmadrid_10170002", received.ConversationId);
    }

    [Fact]
    public void Import_OwnerAndSentFriendRequests_AreNeverContacts()
    {
        var report = Import(Current);

        Assert.Empty(Named("Lucía Fernández"));
        Assert.Empty(Named("Ana Torres"));
        Assert.Equal(new Dictionary<string, int> { [FacebookImporter.SentRequests] = 2 }, report.Files[1].Ignored);
        Assert.Equal(7, _test.ContactCount);
    }

    [Fact]
    public void Import_PartnerWhoIsNotAFriend_IsAContactKnownFromThatConversationOnly()
    {
        Import(Current);

        var carlos = Assert.Single(Named("Carlos Ruiz"));
        Assert.Equal([new NetworkIdentity("facebook", "carlos ruiz|thread:carlosruiz_10160001")], _test.Store.Contacts.Identities(carlos.Id));
        Assert.Null(carlos.ConnectedOn);
        Assert.Equal(2, _test.Store.Events.List(carlos.Id).Count(e => e.Channel == "facebook"));
    }

    [Fact]
    public void Import_ConversationWithANameTwoFriendsShare_IsNeitherOfThem()
    {
        Import(Current);

        var juans = Named("Juan García");
        Assert.Equal(3, juans.Count);
        var fromConversation = Assert.Single(juans, c => c.ConnectedOn is null);
        Assert.Equal("Lo siento, ahora mismo no estoy buscando nada nuevo.", Assert.Single(_test.Store.Events.List(fromConversation.Id, EventKinds.MessageReceived)).Body);
    }

    [Fact]
    public void Import_SameDownloadAgain_AddsNothing()
    {
        Import(Current);
        var before = _test.TableCounts();

        var again = Import(Current);

        Assert.All(again.Files, f => Assert.Equal((0, 0), (f.Added, f.ContactsCreated)));
        Assert.Equal((0, 5), (again.Files[0].Updated, again.Files[0].Unchanged));
        Assert.Equal(8, again.Files[2].Unchanged);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_OlderLayoutOfTheSameAccount_FindsTheSameFriendsAndMessages()
    {
        Import(Current);
        var contacts = _test.ContactCount;

        var older = Import(Older);

        Assert.Equal(Path.Combine(Older, "friends/friends.json"), older.Files[0].File);
        Assert.Equal((0, 2), (older.Files[0].Added, older.Files[0].Unchanged));
        Assert.Equal((0, 1), (older.Files[2].Added, older.Files[2].Unchanged));
        Assert.Equal(contacts, _test.ContactCount);
    }

    [Fact]
    public void Import_OlderLayoutFirst_ReadsItsFriendsAndMessages()
    {
        var report = Import(Older);

        Assert.True(report.Files.All(f => f.Succeeded), string.Join("; ", report.Files.Select(f => f.Error)));
        Assert.Equal(2, report.Files[0].Added);
        Assert.Equal(1, report.Files[2].Added);
        Assert.Equal(new Dictionary<string, int> { [FacebookImporter.SentRequests] = 1 }, report.Files[1].Ignored);
    }

    [Fact]
    public void Import_ExistingContactOfTheSameName_IsNeverMergedAutomatically()
    {
        var linkedIn = _test.AddContact("María", "García", "Estudio Norte", email: "maria@estudionorte.example");

        Import(Current);

        Assert.Equal(2, Named("María García").Count);
        Assert.DoesNotContain(_test.Store.Events.List(linkedIn), e => e.Channel == "facebook");
    }

    [Fact]
    public void Import_AfterAMerge_TheMergedFriendsMessagesStayWithTheKeptContact()
    {
        var linkedIn = _test.AddContact("María", "García", "Estudio Norte");
        Import(Current);
        var fromFacebook = Named("María García").Single(c => c.Id != linkedIn);
        _test.Store.Merges.Merge(linkedIn, fromFacebook.Id);
        var contacts = _test.ContactCount;

        var again = Import(Current);

        Assert.Equal(contacts, _test.ContactCount);
        Assert.Equal(0, again.Files[2].Added);
        Assert.Equal(4, _test.Store.Events.List(linkedIn).Count(e => e.Channel == "facebook"));
    }

    [Fact]
    public void Import_Zip_IsReadAsItsFolder()
    {
        var zip = _test.Folder.File("facebook-luciafernandez-2026-11-29-Ab3dE.zip");
        ZipFile.CreateFromDirectory(Current, zip);

        var report = Import(zip);

        Assert.Equal($"{zip}/connections/friends/your_friends.json", report.Files[0].File);
        Assert.Equal((5, 8), (report.Files[0].Added, report.Files[2].Added));
    }

    [Fact]
    public void Import_ZipCutShort_IsRefusedAsIncompleteAndStoresNothing()
    {
        var whole = _test.Folder.File("whole.zip");
        ZipFile.CreateFromDirectory(Current, whole);
        var bytes = File.ReadAllBytes(whole);
        var cut = _test.Folder.Write("facebook-luciafernandez-2026-11-29-Ab3dE.zip", bytes[..(bytes.Length * 2 / 3)]);
        var before = _test.TableCounts();

        var e = Assert.Throws<ImportException>(() => Import(cut));

        Assert.Equal(cut, e.File);
        Assert.StartsWith("is incomplete or not a zip file (the download was cut short", e.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_ZipWithADamagedEntry_IsRefusedAsIncompleteAndStoresNothing()
    {
        var whole = _test.Folder.File("damaged.zip");
        ZipFile.CreateFromDirectory(Current, whole, CompressionLevel.Optimal, includeBaseDirectory: false);
        var bytes = File.ReadAllBytes(whole);
        using (var zip = ZipFile.OpenRead(whole))
        {
            // Overwrite the compressed data of the friends file: the zip's directory is intact, its content is not.
            var entry = zip.GetEntry("connections/friends/your_friends.json")!;
            var offset = LocalHeaderOffset(bytes, entry.FullName);
            for (var i = offset + 30 + entry.FullName.Length + 4; i < offset + 30 + entry.FullName.Length + 40; i++)
            {
                bytes[i] = 0xFF;
            }
        }

        File.WriteAllBytes(whole, bytes);
        var before = _test.TableCounts();

        var e = Assert.Throws<ImportException>(() => Import(whole));

        Assert.StartsWith("is incomplete: connections/friends/your_friends.json cannot be unpacked", e.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _test.TableCounts());
    }

    private static int LocalHeaderOffset(byte[] bytes, string name)
    {
        var header = new byte[] { 0x50, 0x4B, 0x03, 0x04 };
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        for (var i = 0; i < bytes.Length - 30; i++)
        {
            if (bytes.AsSpan(i, 4).SequenceEqual(header) && bytes.AsSpan(i + 30).StartsWith(nameBytes))
            {
                return i;
            }
        }

        throw new InvalidOperationException(name);
    }

    [Fact]
    public void Import_HtmlDownload_IsRefusedSayingToRequestItInJson()
    {
        var html = RepoPaths.Fixture(Path.Combine("facebook", "html"));

        var e = Assert.Throws<ImportException>(() => Import(html));

        Assert.Equal(
            $"{html}: is a download in HTML, which Playbook cannot read; nothing of it was imported; request it again in JSON (Settings → Download your information → Format: JSON)",
            e.Message);
        Assert.Equal(0, _test.ContactCount);
    }

    [Fact]
    public void Import_DamagedConversationFile_IsSkippedAndListedAndTheRestImports()
    {
        var copy = CopyOfCurrent("damaged");
        var damaged = Path.Combine(copy, "your_activity_across_facebook/messages/inbox/mariagarcia_10158832/message_2.json");
        File.WriteAllText(damaged, File.ReadAllText(damaged)[..200]);

        var report = Import(copy);

        Assert.True(report.Files.All(f => f.Succeeded));
        var skip = Assert.Single(report.Skips);
        Assert.Equal(damaged, skip.File);
        Assert.StartsWith("damaged at line 12, column 22: ", skip.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; the rest of the download imported", skip.Reason, StringComparison.Ordinal);
        Assert.Equal(7, report.Files[2].Added);
        var maria = Assert.Single(Named("María García"));
        Assert.Equal(3, _test.Store.Events.List(maria.Id).Count(e => e.Channel == "facebook"));
    }

    [Fact]
    public void Import_WithoutProfile_TellsTheOwnerAsThePersonInEveryConversationWhoIsNoFriend()
    {
        var copy = CopyOfCurrent("no-profile");
        Directory.Delete(Path.Combine(copy, "personal_information"), recursive: true);

        var report = Import(copy);

        Assert.Equal(8, report.Files[2].Added);
        Assert.Empty(Named("Lucía Fernández"));
    }

    [Fact]
    public void Import_WithoutProfileOrAnyWayToTellTheOwner_RefusesTheConversationsOnly()
    {
        var copy = CopyOfCurrent("no-owner");
        Directory.Delete(Path.Combine(copy, "personal_information"), recursive: true);
        Directory.Delete(Path.Combine(copy, "connections"), recursive: true);
        foreach (var thread in new[] { "mariagarcia_10158832", "networkingmadrid_10170002", "juangarcia_10180003" })
        {
            Directory.Delete(Path.Combine(copy, "your_activity_across_facebook/messages/inbox", thread), recursive: true);
        }

        var report = Import(copy);

        var messages = Assert.Single(report.Files);
        Assert.StartsWith("cannot tell which person in the conversations is you", messages.Error, StringComparison.Ordinal);
        Assert.Equal(0, _test.ContactCount);
    }

    [Fact]
    public void KindOf_FacebookZipsAndFolders_AreFacebookDownloads()
    {
        var kinds = new[] { Current, Older, "/tmp/facebook-luciafernandez-2026-11-29-Ab3dE.zip", "/tmp/Basic_LinkedInDataExport_11-30-2026.zip" }
            .Select(Importer.KindOf);

        Assert.Equal([ExportKind.Facebook, ExportKind.Facebook, ExportKind.Facebook, ExportKind.LinkedIn], kinds);
    }

    [Fact]
    public void Import_FriendsWithoutANameOrADate_AreLeftOutAndCounted()
    {
        var download = _test.Folder.Folder("sparse");
        _test.Folder.Write("sparse/connections/friends/your_friends.json",
            """{"friends_v2": [{"name": "", "timestamp": 1599413311}, {"name": "Ram\u00c3\u00b3n Gil"}, {"name": "Eva Sanz", "timestamp": 1599413400}]}""");

        var report = Import(download);

        var friends = Assert.Single(report.Files);
        Assert.Equal(1, friends.Added);
        Assert.Equal(new Dictionary<string, int> { [FacebookImporter.Nameless] = 1, [FacebookImporter.Undated] = 1 }, friends.Ignored);
        Assert.Empty(Named("Ramón Gil"));
    }

    public void Dispose() => _test.Dispose();
}
