using Playbook.Engine.Events;
using Playbook.Engine.Import;
using Playbook.Engine.Import.Mail;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Mail;

public sealed class MailImporterTests : IDisposable
{
    private static readonly string[] Owner = ["marta.soler@example.com"];

    private readonly TestStore _test = new();
    private readonly long _ana;
    private readonly long _ben;
    private readonly long _carla;

    public MailImporterTests()
    {
        _ana = _test.AddContact("Ana", "Ruiz", email: "ana.ruiz@example.es");
        _ben = _test.AddContact("Ben", "Okafor", email: "ben.okafor@harrowgate.example.co.uk");
        _carla = _test.AddContact("Carla", "Muñoz", email: "CARLA@tiendas-norte.example.es");
    }

    private ImportReport Import(params string[] paths) => new Importer(_test.Store).Import(new ImportRequest(ExportKind.Mail, paths) { OwnerEmails = Owner });

    private ContactEvent Only(long contact, string kind) =>
        Assert.Single(_test.Store.Events.List(contact, kind), e => e.Channel == MailImporter.Channel);

    [Fact]
    public void Import_TakeoutMbox_KeepsKnownContactsMailAndCountsTheRestByReason()
    {
        var report = Import(RepoPaths.Fixture("mail/takeout.mbox"));

        var file = Assert.Single(report.Files);
        Assert.True(file.Succeeded);
        Assert.Equal(6, file.Added);
        Assert.Equal(0, file.ContactsCreated);
        Assert.Equal(
            new Dictionary<string, int>
            {
                [MailMessages.Newsletters] = 1, [MailMessages.Strangers] = 1, [MailMessages.NameOnly] = 1,
                [MailMessages.ToHimself] = 1, [MailMessages.Copies] = 1,
            },
            file.Ignored);
        Assert.Equal(3, _test.ContactCount);
    }

    [Fact]
    public void Import_GmailReplyWithAttributionOverTwoLines_KeepsOnlyTheReplyAsReceived()
    {
        Import(RepoPaths.Fixture("mail/takeout.mbox"));

        var received = _test.Store.Events.List(_ana, EventKinds.MessageReceived).OrderBy(e => e.At).First();
        Assert.Equal("¡Hola Marta! Me encantaría, el jueves a las 10 me viene perfecto. Te mando la dirección de la oficina.\n\nUn abrazo,\nAna", received.Body);
        Assert.Equal((Directions.In, "email"), (received.Direction, received.Channel));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 2, 11, TimeSpan.Zero), received.At);
        Assert.Equal("email:capm0wner001@mail.gmail.com", received.ConversationId);
        Assert.Equal("engaged", received.Classification);
    }

    [Fact]
    public void Import_OwnersMailWithEscapedFromLine_IsSentOnceWithTheLineUnescaped()
    {
        Import(RepoPaths.Fixture("mail/takeout.mbox"));

        var sent = Only(_ana, EventKinds.MessageSent);
        Assert.Equal("Hola Ana, ¿te apetece un café la semana que viene?\nFrom Monday on I am in Madrid.\nMarta", sent.Body);
        Assert.Equal(Directions.Out, sent.Direction);
    }

    [Fact]
    public void Import_AutoSubmittedHeader_ClassifiesTheMailAsAuto()
    {
        Import(RepoPaths.Fixture("mail/takeout.mbox"));

        var ooo = _test.Store.Events.List(_ben, EventKinds.MessageReceived).Single(e => e.Body!.StartsWith("I am out of the office", StringComparison.Ordinal));
        Assert.Equal("auto", ooo.Classification);
        Assert.Equal("Auto-Submitted: auto-replied", ooo.ClassificationReason);
    }

    [Fact]
    public void Import_Base64HtmlOnlyMailWithGmailQuote_BecomesTheReplysText()
    {
        Import(RepoPaths.Fixture("mail/takeout.mbox"));

        var html = _test.Store.Events.List(_ben, EventKinds.MessageReceived).Single(e => e.Body!.StartsWith("Hi Marta", StringComparison.Ordinal));
        Assert.Equal("Hi Marta,\nThanks for the intro & the deck. Happy to talk next week — Tuesday works.\nBen", html.Body);
    }

    [Fact]
    public void Import_OutlookWindows1252MailWithObsoleteDate_DecodesItAndCutsTheOriginalMessage()
    {
        Import(RepoPaths.Fixture("mail/takeout.mbox"));

        var carla = Only(_carla, EventKinds.MessageReceived);
        Assert.Equal("Hola Marta,\n\nGracias por la propuesta. Lo hablamos con el equipo y te decimos algo en enero.\n\nSaludos,\nCarla Muñoz", carla.Body);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 9, 15, 0, TimeSpan.Zero), carla.At);
    }

    [Fact]
    public void Import_DamagedMessage_IsSkippedWithItsLineAndTheMessagesAfterItAreStored()
    {
        var report = Import(RepoPaths.Fixture("mail/takeout.mbox"));

        var skip = Assert.Single(report.Skips);
        Assert.Equal(158, skip.Line);
        Assert.Equal("a damaged message: its headers cannot be read", skip.Reason);
        var last = _test.Store.Events.List(_ana, EventKinds.MessageReceived).OrderBy(e => e.At).Last();
        Assert.Equal("Great to meet you both. Thursday it is.", last.Body);
    }

    [Fact]
    public void Import_SameMailAgainAndInAnotherOrder_AddsNothingTwice()
    {
        Import(RepoPaths.Fixture("mail/reply.eml"), RepoPaths.Fixture("mail/takeout.mbox"));
        var events = _test.Scalar("SELECT count(*) FROM events WHERE channel = 'email'");

        var again = Import(RepoPaths.Fixture("mail/takeout.mbox"), RepoPaths.Fixture("mail/reply.eml"));

        Assert.Equal(7, events);
        Assert.Equal(events, _test.Scalar("SELECT count(*) FROM events WHERE channel = 'email'"));
        Assert.All(again.Files, f => Assert.Equal(0, f.Added));
    }

    [Fact]
    public void Import_OutlookEml_KeepsTheReplyAboveTheOriginalMessage()
    {
        var report = Import(RepoPaths.Fixture("mail/reply.eml"));

        Assert.Equal(1, Assert.Single(report.Files).Added);
        Assert.Equal("Sounds good, let's do a pilot in January.", Only(_ben, EventKinds.MessageReceived).Body);
    }

    [Fact]
    public void Import_FolderOfMail_ReadsEachMailFileAndLeavesOtherFilesAlone()
    {
        var folder = _test.Folder.Folder("mail");
        File.Copy(RepoPaths.Fixture("mail/reply.eml"), Path.Combine(folder, "reply.eml"));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not mail");

        var report = Import(folder);

        Assert.Equal(1, Assert.Single(report.Files).Added);
    }

    [Fact]
    public void Import_FileThatIsNotAnMbox_FailsThatFileAndStoresNothingOfIt()
    {
        var report = Import(RepoPaths.Fixture("mail/not-mail.mbox"), RepoPaths.Fixture("mail/reply.eml"));

        Assert.True(report.HasFailedFiles);
        Assert.StartsWith("is not an mbox file", report.Files[0].Error, StringComparison.Ordinal);
        Assert.Equal(1, report.Files[1].Added);
    }

    [Fact]
    public void Import_NoOwnerAddress_SaysWhereToListThem()
    {
        var e = Assert.Throws<ImportException>(() => new Importer(_test.Store).Import(new ImportRequest(ExportKind.Mail, [RepoPaths.Fixture("mail/reply.eml")])));

        Assert.Equal("cannot tell which mail is yours: list your addresses in config.yaml under 'me: emails:', or import your LinkedIn export (its Email Addresses.csv), then import again", e.Reason);
    }

    [Fact]
    public void Import_OwnerAddressFromLinkedInEmailAddressesFile_TellsSentFromReceived()
    {
        var export = _test.Write("export/Email Addresses.csv", "Email Address,Confirmed,Primary,Updated On\nMarta.Soler@example.com,Yes,Yes,2019-03-02 10:00 UTC\n");
        _test.Write("export/Profile.csv", "First Name,Last Name,Headline\nMarta,Soler,Retail analytics\n");
        _test.Import(Path.GetDirectoryName(export)!);

        new Importer(_test.Store).Import(new ImportRequest(ExportKind.Mail, [RepoPaths.Fixture("mail/takeout.mbox")]));

        Assert.Equal(["Marta.Soler@example.com"], _test.Store.Me.Emails());
        Assert.Equal(Directions.Out, Only(_ana, EventKinds.MessageSent).Direction);
    }

    [Fact]
    public void Import_ReplyFromContactWaitingAtContacted_MovesTheStageOn()
    {
        _test.Execute($"UPDATE contacts SET stage = 'contacted' WHERE id = {_ben}");

        Import(RepoPaths.Fixture("mail/reply.eml"));

        Assert.NotEqual("contacted", _test.Store.Contacts.Find(_ben)!.Stage);
    }

    [Fact]
    public void Import_DamagedFirstMessage_IsSkippedAtLineOneAndTheMessagesAfterItAreStored()
    {
        var mbox = _test.Write("damaged-first.mbox",
            "From 1@xxx Sat Dec 05 10:00:00 +0000 2026\n     binary junk where the headers were\nmore junk\n\n"
            + "From 2@xxx Sat Dec 05 10:00:00 +0000 2026\n     more junk\n\n"
            + "From 3@xxx Sat Dec 05 18:00:00 +0000 2026\nFrom: Ana Ruiz <ana.ruiz@example.es>\nTo: marta.soler@example.com\n"
            + "Date: Sat, 5 Dec 2026 18:00:00 +0100\nMessage-ID: <after-damage@example.es>\nSubject: Re: Intro\n\nThursday it is.\n");

        var file = Import(mbox).Files.Single();

        Assert.True(file.Succeeded, file.Error);
        Assert.Equal(
            [$"{mbox}(1): a damaged message: its headers cannot be read", $"{mbox}(5): a damaged message: its headers cannot be read"],
            file.Skips.Select(s => s.ToString()));
        Assert.Equal("Thursday it is.", Only(_ana, EventKinds.MessageReceived).Body);
    }

    [Fact]
    public void Import_ThousandsOfStrangers_StoresNothingForThemAndCreatesNoContact()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"From {i}@xxx Sat Dec 05 10:00:00 +0000 2026\nFrom: Person {i} <person{i}@elsewhere.example>\nTo: marta.soler@example.com\nCc: Someone <someone{i}@elsewhere.example>\n"
                + $"Date: Sat, 5 Dec 2026 10:00:00 +0000\nMessage-ID: <s{i}@elsewhere.example>\nSubject: Hello {i}\n\nHello from a stranger.\n\n");
        }

        text.Append("From x@xxx Sat Dec 05 18:00:00 +0000 2026\nFrom: ben.okafor@harrowgate.example.co.uk\nTo: marta.soler@example.com\n"
            + "Date: Sat, 5 Dec 2026 18:00:00 +0000\nMessage-ID: <ben-among-strangers@example.co.uk>\nSubject: Re: pilot\n\nYes, January.\n");
        var mbox = _test.Write("strangers.mbox", text.ToString());
        var tables = _test.TableCounts();

        var file = Import(mbox).Files.Single();

        Assert.Equal((1, 5_000), (file.Added, file.Ignored[MailMessages.Strangers]));
        Assert.Equal(3, _test.ContactCount);
        Assert.Equal(tables["events"] + 1, _test.TableCounts()["events"]);
        Assert.Equal("Yes, January.", Only(_ben, EventKinds.MessageReceived).Body);
    }

    [Fact]
    public void Import_ZipRenamedMbox_FailsThatFileNamingItAndImportsTheOthers()
    {
        var zip = _test.Folder.Write("takeout.mbox", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);

        var report = Import(zip, RepoPaths.Fixture("mail/reply.eml"));

        Assert.Equal(
            "is a zip file, not an mbox; nothing of it was imported. Unzip it and import the .mbox inside (a Google Takeout holds Takeout/Mail/All mail Including Spam and Trash.mbox)",
            report.Files[0].Error);
        Assert.Equal(1, report.Files[1].Added);
        Assert.Single(_test.Store.Events.List(kind: EventKinds.MessageReceived), e => e.Channel == MailImporter.Channel);
    }

    [Fact]
    public void Import_MissingFile_FailsThatPathAndStoresNothing()
    {
        var report = Import(Path.Combine(_test.Folder.Path, "nowhere.mbox"));

        Assert.Equal("no such file or folder", report.Files.Single().Error);
        Assert.Empty(_test.Store.Events.List(kind: EventKinds.MessageReceived));
    }

    public void Dispose() => _test.Dispose();
}
