using Playbook.Engine.Events;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class MessagesFileTests : IDisposable
{
    private const string Header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
    private const string Jordan = "https://www.linkedin.com/in/jordanpike";
    private const string SponsoredOrMember = "sponsored or 'LinkedIn Member' mail";
    private readonly TestStore _test = new();

    [Fact]
    public void Import_2023Export_RecordsMessagesSentAndReceivedByTheOwner()
    {
        var report = _test.Import(Export2023());

        var file = report.Files.Single(f => f.File == "2023_messages.csv");
        Assert.Null(file.Error);
        Assert.Equal(4, file.Added);
        Assert.Equal(0, file.ContactsCreated);
        Assert.Empty(file.Skips);
        Assert.Equal(new Dictionary<string, int> { [SponsoredOrMember] = 2, ["spam"] = 1 }, file.Ignored);

        var ines = _test.Named("Ines Okafor-Lindqvist").Id;
        var received = Assert.Single(_test.Store.Events.List(ines, EventKinds.MessageReceived));
        Assert.Equal("Thanks for the intro  free Thursday?", received.Body);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 14, 3, 22, TimeSpan.Zero), received.At);
        Assert.Equal(Directions.In, received.Direction);
        Assert.Equal("linkedin", received.Channel);
        Assert.Equal("2-ZmZmZmZmZmYtZmljdGlvbmFsLTAwMDY=", received.ConversationId);
        var sent = Assert.Single(_test.Store.Events.List(ines, EventKinds.MessageSent));
        Assert.Equal("Thursday it is.", sent.Body);
        Assert.Equal(Directions.Out, sent.Direction);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 15, 10, 0, TimeSpan.Zero), sent.At);
    }

    [Fact]
    public void Import_SponsoredLinkedInMemberAndSpam_CreateNoContactAndNoEvent()
    {
        _test.Import(Export2023());

        var names = _test.Store.Contacts.Search().Select(c => c.FullName).ToList();

        Assert.Equal(["Ama Owusu", "Ines Okafor-Lindqvist", "Tomás Reyes", "Wren Hale, PhD"], names);
        Assert.Empty(_test.Store.Contacts.Search("casey"));
        Assert.Empty(_test.Store.Contacts.Search("rex"));
        Assert.Empty(_test.Store.Contacts.Search("member"));
        Assert.DoesNotContain(_test.Store.Events.List(), e => e.Body is { } body && (body.Contains("webinar", StringComparison.Ordinal) || body.Contains("Guaranteed", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_GroupMessageFromTheOwner_IsSentToEveryRecipient()
    {
        _test.Import(Export2023());
        var tomas = _test.Named("Tomás Reyes").Id;
        var wren = _test.Named("Wren Hale, PhD").Id;

        var kickoff = _test.EventsOf(EventKinds.MessageSent).Where(e => e.Body == "Kickoff on Friday").ToList();

        Assert.Equal([tomas, wren], kickoff.Select(e => e.ContactId).Order());
        Assert.All(kickoff, e => Assert.Equal(new DateTimeOffset(2023, 7, 10, 8, 0, 0, TimeSpan.Zero), e.At));
        Assert.All(kickoff, e => Assert.Equal("2-Z2dnZ2dnZ2ctZmljdGlvbmFsLTAwMDc=", e.ConversationId));
        var reply = Assert.Single(_test.EventsOf(EventKinds.MessageReceived), e => e.Body == "Works for me");
        Assert.Equal(wren, reply.ContactId);
        Assert.Empty(_test.Store.Events.List(tomas, EventKinds.MessageReceived));
    }

    [Fact]
    public void Import_MessagesAlone_RecognisesTheOwnerAndNamesPeopleFromTheFile()
    {
        var report = _test.Import(RepoPaths.OrgSignal("2023_messages.csv"));

        Assert.Equal(3, Assert.Single(report.Files).ContactsCreated);
        Assert.Equal(["Ines Okafor-Lindqvist", "Tomás Reyes", "Wren Hale, PhD"], _test.Store.Contacts.Search().Select(c => c.FullName));
        Assert.Equal("https://www.linkedin.com/in/wren-hale", _test.Named("Wren Hale, PhD").ProfileUrl);
        var me = _test.Store.Me.Get();
        Assert.Equal("Jordan Pike", me.FullName);
        Assert.Equal(Jordan, me.ProfileUrl);
        Assert.Equal(3, _test.EventsOf(EventKinds.MessageSent).Count);
        Assert.Equal(2, _test.EventsOf(EventKinds.MessageReceived).Count);
    }

    [Fact]
    public void Import_2026FullyQuotedMultiline_KeepsLineBreaksAndDoubledQuotes()
    {
        var report = _test.Import(Export2026());

        var file = report.Files.Single(f => f.File == "2026_messages_fully_quoted_multiline.csv");
        Assert.Equal(4, file.Added);
        Assert.Equal(new Dictionary<string, int> { [SponsoredOrMember] = 1 }, file.Ignored);
        var zoe = _test.Named("Zoë Brandt").Id;
        var received = Assert.Single(_test.Store.Events.List(zoe, EventKinds.MessageReceived));
        Assert.Equal("Hi Jordan,\nthanks for the call.\n\nNotes below:\n- hiring plan\n- budget", received.Body);
        var sent = Assert.Single(_test.Store.Events.List(zoe, EventKinds.MessageSent));
        Assert.Equal("Great, \"next steps\" agreed.\nTalk soon", sent.Body);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 9, 15, 0, TimeSpan.Zero), sent.At);
    }

    [Fact]
    public void Import_2026GroupConversationWithoutTheOwnerWriting_IsOnEachSendersTimelineOnly()
    {
        _test.Import(Export2026());

        var crit = _test.Store.Events.List().Where(e => e.ConversationId == "2-bm5ubm5ubm4tZmljdGlvbmFsLTAwMTQ=").ToList();

        Assert.Equal(
            [(_test.Named("Kofi Mensah").Id, "Round two,\nsame link"), (_test.Named("Ines Okafor-Lindqvist").Id, "Joining")],
            crit.Select(e => (e.ContactId, e.Body!)).ToArray());
        Assert.All(crit, e => Assert.Equal(EventKinds.MessageReceived, e.Kind));
        Assert.Equal(["Ines Okafor-Lindqvist", "Kofi Mensah", "Zoë Brandt"], _test.Store.Contacts.Search().Select(c => c.FullName));
    }

    [Fact]
    public void Import_PercentEncodedSlug_IsTheSamePersonAsTheDecodedSlug()
    {
        _test.Import(Export2026());
        var zoe = _test.Named("Zoë Brandt");
        Assert.Equal("https://www.linkedin.com/in/zo%C3%AB-brandt", zoe.ProfileUrl);
        var connections = _test.Write("later/Connections.csv", """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Zoë,Brandt,https://www.linkedin.com/in/zoë-brandt,,Contoso,Head of Talent,03 Mar 2026
            """);

        var file = Assert.Single(_test.Import(connections).Files);

        Assert.Equal(1, file.Updated);
        Assert.Equal(0, file.ContactsCreated);
        Assert.Equal(3, _test.ContactCount);
        Assert.Equal("Contoso", _test.Store.Contacts.Find(zoe.Id)!.Company);
        Assert.Equal(zoe.Id, _test.Store.Contacts.Get("https://www.linkedin.com/in/zoë-brandt").Id);
        Assert.Equal(zoe.Id, _test.Store.Contacts.Get("https://www.linkedin.com/in/zo%C3%AB-brandt").Id);
    }

    [Fact]
    public void Import_HtmlContentFromAPerson_IsConvertedToText()
    {
        var path = MessagesExport($"""
            {Header}
            c-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Jordan Pike,{Jordan},2023-08-01 10:00:00 UTC,,"<p class=""spinmail-quill-editor__spin-break"">Hi Jordan,</p><p>Our <strong>webinar</strong> is free &amp; online.</p>",INBOX
            c-1,,Jordan Pike,{Jordan},Casey Morgan,https://www.linkedin.com/in/casey-morgan,2023-08-01 11:00:00 UTC,,"Thanks!<br>Agenda:<ul><li>Intro</li><li>Q&amp;A</li></ul>",INBOX
            """);

        _test.Import(path);

        Assert.Equal("Hi Jordan,\nOur webinar is free & online.", Assert.Single(_test.EventsOf(EventKinds.MessageReceived)).Body);
        Assert.Equal("Thanks!\nAgenda:\n- Intro\n- Q&A", Assert.Single(_test.EventsOf(EventKinds.MessageSent)).Body);
    }

    [Fact]
    public void Import_PlainTextThatMentionsTags_IsKeptAsWritten()
    {
        var path = MessagesExport($"""
            {Header}
            c-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Jordan Pike,{Jordan},2023-08-01 10:00:00 UTC,,"if a < b && c > d, use x<y>",INBOX
            c-1,,Jordan Pike,{Jordan},Casey Morgan,https://www.linkedin.com/in/casey-morgan,2023-08-01 11:00:00 UTC,,Fish &amp; chips,INBOX
            """);

        _test.Import(path);

        Assert.Equal("if a < b && c > d, use x<y>", Assert.Single(_test.EventsOf(EventKinds.MessageReceived)).Body);
        Assert.Equal("Fish &amp; chips", Assert.Single(_test.EventsOf(EventKinds.MessageSent)).Body);
    }

    [Fact]
    public void Import_CarriageReturnsInsideContent_BecomePlainLineBreaks()
    {
        var path = MessagesExport(
            $"{Header}\r\nc-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Jordan Pike,{Jordan},2026-02-01 08:00:00 UTC,,\"line one\r\nline two\r\n\",INBOX\r\n");

        _test.Import(path);

        Assert.Equal("line one\nline two", Assert.Single(_test.EventsOf(EventKinds.MessageReceived)).Body);
    }

    [Fact]
    public void Import_EmptyContent_UsesTheSubject()
    {
        var path = MessagesExport($"""
            {Header}
            c-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Jordan Pike,{Jordan},2023-08-01 10:00:00 UTC,Coffee next week?,,INBOX
            """);

        _test.Import(path);

        Assert.Equal("Coffee next week?", Assert.Single(_test.EventsOf(EventKinds.MessageReceived)).Body);
    }

    [Fact]
    public void Import_DraftRows_AreLeftOut()
    {
        var path = MessagesExport($"""
            {Header},ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT
            c-1,,Jordan Pike,{Jordan},Casey Morgan,https://www.linkedin.com/in/casey-morgan,2023-08-01 10:00:00 UTC,,Unfinished thought,INBOX,,Yes,No
            c-1,,Jordan Pike,{Jordan},Casey Morgan,https://www.linkedin.com/in/casey-morgan,2023-08-01 10:05:00 UTC,,Another,DRAFT,,No,No
            c-1,,Jordan Pike,{Jordan},Casey Morgan,https://www.linkedin.com/in/casey-morgan,2023-08-01 10:10:00 UTC,,Sent for real,INBOX,,No,No
            """);

        var file = _test.Import(path).Files.Single(f => f.File == "messages.csv");

        Assert.Equal(new Dictionary<string, int> { ["drafts"] = 2 }, file.Ignored);
        Assert.Equal(1, file.Added);
        Assert.Equal("Sent for real", Assert.Single(_test.EventsOf(EventKinds.MessageSent)).Body);
    }

    [Fact]
    public void Import_OwnerWritesToAGroupWithCommasInNames_SendsToEachRecipientByName()
    {
        var path = MessagesExport($"""
            {Header}
            g-1,Launch,Jordan Pike,{Jordan},"Tomás Reyes, Wren Hale, PhD, Jane Doe, Ph.D.","https://www.linkedin.com/in/tomasreyes,https://www.linkedin.com/in/wren-hale,https://www.linkedin.com/in/jane-doe",2026-03-01 09:00:00 UTC,,We launch Monday,INBOX
            """);

        _test.Import(path);

        Assert.Equal(3, _test.EventsOf(EventKinds.MessageSent).Count);
        Assert.Equal(["Jane Doe, Ph.D.", "Tomás Reyes", "Wren Hale, PhD"], _test.Store.Contacts.Search().Select(c => c.FullName));
    }

    [Fact]
    public void Import_NineColumnExportWithoutRecipientUrls_JoinsSentMessagesByName()
    {
        var export = _test.Export("export",
            (RepoPaths.OrgSignal("2026_Profile.csv"), "Profile.csv"),
            (RepoPaths.OrgSignal("2022_Connections_no_URL_column.csv"), "Connections.csv"));
        File.WriteAllText(Path.Combine(export, "messages.csv"), $"""
            CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER
            c-1,,Jordan Pike,{Jordan},Priya Raman,2022-09-01 10:00:00 UTC,,Welcome aboard!,INBOX
            c-1,,Priya Raman,https://www.linkedin.com/in/priya-raman,Jordan Pike,2022-09-01 11:00:00 UTC,,Thanks Jordan,INBOX
            c-2,,Jordan Pike,{Jordan},"Jane Doe, Ph.D.",2022-09-02 10:00:00 UTC,,Congratulations on the defence,INBOX
            """);

        var report = _test.Import(export);

        var file = report.Files.Single(f => f.File == "messages.csv");
        Assert.Empty(file.Skips);
        Assert.Equal(3, file.Added);
        Assert.Equal(0, file.ContactsCreated);
        var priya = _test.Named("Priya Raman");
        Assert.Equal(["Welcome aboard!"], _test.Store.Events.List(priya.Id, EventKinds.MessageSent).Select(e => e.Body));
        Assert.Equal(["Thanks Jordan"], _test.Store.Events.List(priya.Id, EventKinds.MessageReceived).Select(e => e.Body));
        Assert.Equal("https://www.linkedin.com/in/priya-raman", priya.ProfileUrl);
        var jane = _test.Named("Jane Doe, Ph.D.");
        Assert.Equal(["Congratulations on the defence"], _test.Store.Events.List(jane.Id, EventKinds.MessageSent).Select(e => e.Body));
        Assert.Equal(3, _test.ContactCount);
    }

    [Fact]
    public void Import_NineColumnReplyToLinkedInMember_CreatesNoContact()
    {
        var path = MessagesExport($"""
            CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER
            c-1,,LinkedIn Member,,Jordan Pike,2022-09-01 10:00:00 UTC,,Are you hiring?,INBOX
            c-1,,Jordan Pike,{Jordan},LinkedIn Member,2022-09-01 11:00:00 UTC,,Not right now,INBOX
            """);

        var file = _test.Import(path).Files.Single(f => f.File == "messages.csv");

        Assert.Equal([new ImportSkip("messages.csv", 3, "a message from the owner with no recipient")], file.Skips);
        Assert.Equal(new Dictionary<string, int> { [SponsoredOrMember] = 1 }, file.Ignored);
        Assert.Equal(0, _test.ContactCount);
    }

    [Fact]
    public void Import_MalformedRows_SkipsEachWithLineAndReasonAndImportsTheRest()
    {
        var path = _test.Write("export/messages.csv", $"""
            {Header}
            c-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Jordan Pike,{Jordan},last Tuesday,,Hello,INBOX
            c-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Jordan Pike,{Jordan},2023-08-01 10:00:00 UTC,Hello,INBOX
            c-1,,Jordan Pike,{Jordan},,,2023-08-01 10:30:00 UTC,,To nobody,INBOX
            "c-1",,"Casey Morgan","https://www.linkedin.com/in/casey-morgan","Jordan Pike","{Jordan}","2023-08-01 11:00:00 UTC",,"Still
            here",INBOX
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(
            [
                new ImportSkip("messages.csv", 2, "'DATE' is 'last Tuesday', not a date like '2025-06-01 14:03:22 UTC'"),
                new ImportSkip("messages.csv", 3, "has 9 fields where the header has 10; check the quotes and commas on this row"),
                new ImportSkip("messages.csv", 4, "a message from the owner with no recipient"),
            ],
            file.Skips);
        Assert.Equal("Still\nhere", Assert.Single(_test.EventsOf(EventKinds.MessageReceived)).Body);
    }

    [Fact]
    public void Import_OneConversationWithProfileCsv_TellsSentFromReceivedByTheProfilesName()
    {
        var path = MessagesExport($"""
            {Header}
            c-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Jordan Pike,{Jordan},2023-08-01 10:00:00 UTC,,Hello Jordan,INBOX
            c-1,,Jordan Pike,{Jordan},Casey Morgan,https://www.linkedin.com/in/casey-morgan,2023-08-01 11:00:00 UTC,,Hello Casey,INBOX
            """);

        _test.Import(path);

        Assert.Equal("Hello Jordan", Assert.Single(_test.EventsOf(EventKinds.MessageReceived)).Body);
        Assert.Equal("Hello Casey", Assert.Single(_test.EventsOf(EventKinds.MessageSent)).Body);
        Assert.Equal(["Casey Morgan"], _test.Store.Contacts.Search().Select(c => c.FullName));
        Assert.Equal("Jordan Pike", _test.Store.Me.Get().FullName);
    }

    [Fact]
    public void Import_OwnerCannotBeTold_FailsTheFileAndStoresNothing()
    {
        var path = _test.Write("export/messages.csv", $"""
            {Header}
            c-1,,Casey Morgan,https://www.linkedin.com/in/casey-morgan,Ravi Menon,https://www.linkedin.com/in/ravi-menon,2023-08-01 10:00:00 UTC,,Hello,INBOX
            """);
        var before = _test.TableCounts();

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal(
            "cannot tell whose export this is, so not which messages were sent and which received; import the export with its Profile.csv or Invitations.csv",
            file.Error);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_SameFileTwice_AddsNoMessageTwice()
    {
        var export = Export2023();
        _test.Import(export);
        var before = _test.TableCounts();

        var again = _test.Import(export).Files.Single(f => f.File == "2023_messages.csv");

        Assert.Equal(0, again.Added);
        Assert.Equal(4, again.Unchanged);
        Assert.Equal(before, _test.TableCounts());
    }

    /// <summary>An export of Jordan Pike's Profile.csv (so the owner is known) and <paramref name="messages"/>.</summary>
    private string MessagesExport(string messages)
    {
        var folder = _test.Export("export", (RepoPaths.OrgSignal("2026_Profile.csv"), "Profile.csv"));
        File.WriteAllText(Path.Combine(folder, "messages.csv"), messages);
        return folder;
    }

    private string Export2023() => _test.Export("export-2023",
        (RepoPaths.OrgSignal("2023_Connections.csv"), "2023_Connections.csv"),
        (RepoPaths.OrgSignal("2023_Invitations.csv"), "2023_Invitations.csv"),
        (RepoPaths.OrgSignal("2023_messages.csv"), "2023_messages.csv"));

    private string Export2026() => _test.Export("export-2026",
        (RepoPaths.OrgSignal("2026_Profile.csv"), "2026_Profile.csv"),
        (RepoPaths.OrgSignal("2026_messages_fully_quoted_multiline.csv"), "2026_messages_fully_quoted_multiline.csv"));

    public void Dispose() => _test.Dispose();
}
