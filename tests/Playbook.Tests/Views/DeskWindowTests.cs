using Dapper;
using Playbook.Engine.Events;
using Playbook.Tests.Support;
using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>The desk's main flows, on Terminal.Gui's headless driver over a real store.</summary>
[Collection(DeskTests.Name)]
public sealed class DeskWindowTests
{
    [Fact]
    public void Today_DemoStore_ListsTheDraftedRepliesToNewInvitationsWithWhyTheySayIt()
    {
        using var desk = new DeskHarness();

        var screen = desk.Screen;

        Assert.Contains("Playbook · Today · 2026-11-30", screen, StringComparison.Ordinal);
        Assert.Equal(15, desk.Window.Today.Rows.Count(r => r.Kind == "invitation"));
        Assert.All(desk.Window.Today.Rows.Where(r => r.Kind == "invitation"), r => Assert.True(r.ProfileToRead));
        Assert.Contains("to read", screen, StringComparison.Ordinal);
        Assert.Contains("Elena Moreno Díaz", screen, StringComparison.Ordinal);
        Assert.Contains("why: score 0.35", screen, StringComparison.Ordinal);
        Assert.Contains("skill Shopify: \"Shopify\" in the position", screen, StringComparison.Ordinal);
        Assert.Contains(desk.Window.Today.Rows, r => r.Kind == "reply");
        Assert.Contains("Enter  Open", screen, StringComparison.Ordinal);
        Assert.Contains("Ctrl+Q  Quit", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_EmptyStore_SaysHowToImportOrLoadTheDemo()
    {
        using var desk = new DeskHarness(empty: true);

        var screen = desk.Screen;

        Assert.Contains("The store is empty.", screen, StringComparison.Ordinal);
        Assert.Contains("playbook import linkedin PATH", screen, StringComparison.Ordinal);
        Assert.Contains("playbook demo", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_EmptyStoreThenE_ImportsTheExampleInTheBackgroundAndListsItsDrafts()
    {
        using var desk = new DeskHarness(empty: true);

        desk.Press(Key.E);
        Assert.StartsWith("Importing ", desk.Window.Message, StringComparison.Ordinal);
        var arrived = desk.RunUntil(() => desk.Window.Today.Rows.Count > 0);

        Assert.True(arrived, desk.Window.Message);
        Assert.StartsWith("Imported ", desk.Window.Message, StringComparison.Ordinal);
        Assert.Contains("Connections.csv 197 added", desk.Window.Message, StringComparison.Ordinal);
        Assert.Equal(15, desk.Window.Today.Rows.Count(r => r.Kind == "invitation"));
    }

    [Fact]
    public void StartUp_TickInTheBackground_ShowsTheNudgesThatFellDue()
    {
        using var desk = new DeskHarness(now: DeskHarness.Monday.AddDays(8), sendFirstDraft: true);

        desk.Window.StartUp();
        var loaded = desk.RunUntil(() => desk.Window.Message.StartsWith("Playbooks loaded", StringComparison.Ordinal));

        Assert.True(loaded, desk.Window.Message);
        Assert.Equal("Playbooks loaded; 1 new draft(s) and 0 task(s) fell due.", desk.Window.Message);
        var nudge = Assert.Single(desk.Window.Today.Rows, r => r.Kind == "follow-up");
        Assert.Equal("nudge", nudge.Draft!.Step);
    }

    [Fact]
    public void StartUp_InvitationImportedSinceTheLastRun_DraftsItsWelcomeWithoutARunCommand()
    {
        using var desk = new DeskHarness();
        long id;
        using (var other = desk.OpenStore())
        {
            id = other.Connection.ExecuteScalar<long>(
                "SELECT id FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.contact_id = c.id AND e.kind LIKE 'message.%' OR e.contact_id = c.id AND e.kind LIKE 'invitation.%') ORDER BY id LIMIT 1");
            other.Events.Add(id, EventKinds.InvitationReceived, DeskHarness.Monday.AddHours(-2), "Hola Ana, trabajo en e-commerce de moda");
        }

        desk.Window.StartUp();
        var loaded = desk.RunUntil(() => desk.Window.Message.StartsWith("Playbooks loaded", StringComparison.Ordinal));

        Assert.True(loaded, desk.Window.Message);
        Assert.Equal("Playbooks loaded; 1 new draft(s) and 0 task(s) for pending events; nothing new fell due.", desk.Window.Message);
        Assert.Contains(desk.Window.Today.Rows, r => r.Kind == "invitation" && r.Draft!.ContactId == id);
    }

    [Fact]
    public void Today_WhileAnotherProcessWrites_StaysReadable()
    {
        using var desk = new DeskHarness();
        using var batch = desk.OpenStore();
        using var writing = new Microsoft.Data.Sqlite.SqliteCommand("BEGIN IMMEDIATE; UPDATE contacts SET notes = 'batch' WHERE id = 1;", batch.Connection);
        writing.ExecuteNonQuery();

        desk.Press(Key.F5);

        Assert.Equal(15, desk.Window.Today.Rows.Count(r => r.Kind == "invitation"));
        using var commit = new Microsoft.Data.Sqlite.SqliteCommand("COMMIT", batch.Connection);
        commit.ExecuteNonQuery();
    }

    [Fact]
    public void Today_Enter_OpensTheDraftInTheEditorAndEscComesBack()
    {
        using var desk = new DeskHarness();

        desk.Press(Key.Enter);

        Assert.Same(desk.Window.Drafts, desk.Window.Current);
        Assert.Equal("Elena Moreno Díaz", desk.Session.NameOf(desk.Window.Drafts.Current!.ContactId));
        Assert.Contains("#1 to Elena Moreno Díaz · welcome · welcome · linkedin", desk.Screen, StringComparison.Ordinal);

        desk.Press(Key.Esc);

        Assert.Same(desk.Window.Today, desk.Window.Current);
    }

    [Fact]
    public void Drafts_SelectedDraft_ShowsWhyItSaysWhatItSaysBesideTheEditor()
    {
        using var desk = new DeskHarness();

        desk.Press(Key.F3);

        Assert.StartsWith("why: score 0.35; in common: Shopify", desk.Window.Drafts.WhyText, StringComparison.Ordinal);
        Assert.Contains("\n  · skill Shopify: \"Shopify\" in the position", desk.Window.Drafts.WhyText, StringComparison.Ordinal);
        Assert.Contains("why: score 0.35", desk.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_Typing_UpdatesTheCountAndSaysWhenItIsTooLong()
    {
        using var desk = new DeskHarness(linkedInLimit: 200);
        desk.Press(Key.F3);
        var before = desk.Window.Drafts.Current!;

        desk.Type(" Hasta pronto, espero que hablemos pronto.");

        Assert.Equal(before.Body.Length + 42, desk.Window.Drafts.EditorText.Length);
        Assert.Equal($"{before.Body.Length + 42} of 200 characters: TOO LONG, cut {before.Body.Length + 42 - 200}", desk.Window.Drafts.CountText);
        Assert.Contains("TOO LONG", desk.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_EditNextAndMarkSent_RecordsTheEditedMessageAndMovesOn()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F3, Key.PageDown.WithCtrl);
        var second = desk.Window.Drafts.Current!;

        desk.Type("¡Hola! ");
        desk.Press(Key.F7);

        using var store = desk.OpenStore();
        var sent = store.Drafts.Get(second.Id);
        Assert.Equal("sent", sent.Status);
        Assert.StartsWith("¡Hola! Hola Pablo", sent.Body, StringComparison.Ordinal);
        var message = Assert.Single(store.Events.List(second.ContactId, EventKinds.MessageSent));
        Assert.Equal(sent.Body, message.Body);
        Assert.Equal("Draft #2 to Pablo Serrano Gil marked sent.", desk.Window.Message);
        Assert.NotEqual(second.Id, desk.Window.Drafts.Current!.Id);
        Assert.DoesNotContain(store.Drafts.List(), d => d.Id == second.Id);
    }

    [Fact]
    public void Drafts_Discard_AsksFirstThenStopsTheRun()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F3);
        var first = desk.Window.Drafts.Current!;

        desk.PressThenAnswer(Key.F8, Key.D);

        using var store = desk.OpenStore();
        Assert.Equal("discarded", store.Drafts.Get(first.Id).Status);
        Assert.Equal($"Draft #{first.Id} discarded.", desk.Window.Message);
    }

    [Fact]
    public void Drafts_CopyAndProfile_UseTheClipboardAndTheBrowser()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F3);

        desk.Press(Key.F5);
        var copied = desk.App.Clipboard!.TryGetClipboardData(out var text);
        desk.Press(Key.F6);

        Assert.True(copied);
        Assert.StartsWith("Hola Elena", text, StringComparison.Ordinal);
        Assert.Equal([desk.Session.Contact(desk.Window.Drafts.Current!.ContactId)!.ProfileUrl!], desk.Opened);
        Assert.StartsWith("Opened https://www.linkedin.com/in/elena-moreno", desk.Window.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TodayAndContact_F6_OpenTheSelectedContactsProfile()
    {
        using var desk = new DeskHarness();
        var first = desk.Window.Today.Selected!;

        desk.Press(Key.F6);
        desk.Window.Contact.Open(first.ContactId);
        desk.Window.Show(desk.Window.Contact);
        desk.Press(Key.F6);

        var url = desk.Session.Contact(first.ContactId)!.ProfileUrl!;
        Assert.Equal([url, url], desk.Opened);
        Assert.Equal($"Opened {url}", desk.Window.Message);
    }

    [Fact]
    public void Contact_PThenThePathOfASavedProfile_ReadsItAndRedraftsTheWelcome()
    {
        using var desk = new DeskHarness();
        var katarzyna = desk.Session.Store.Contacts.Search("Katarzyna").Single().Id;
        var welcome = desk.Session.Store.Drafts.List(contactId: katarzyna).Single();
        desk.Window.Contact.Open(katarzyna);
        desk.Window.Show(desk.Window.Contact);

        desk.PressThenAnswer(Key.P, Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.pdf"), Key.S.WithCtrl);

        Assert.Equal("Profile read into Katarzyna Nowak; 1 draft(s) redrafted.", desk.Window.Message);
        Assert.NotEqual(welcome.Body, desk.Session.Store.Drafts.Get(welcome.Id).Body);
        Assert.Contains("Head of Marketplaces at Casa Bruma", desk.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_PThenPastedText_ReadsTheCopiedPageIntoTheSelectedContact()
    {
        using var desk = new DeskHarness();
        var contact = desk.Window.Today.Selected!.ContactId;
        var page = "Elena Moreno Díaz\nDesarrolladora Shopify Plus en Pixelría\nMadrid, Comunidad de Madrid, España\nExperiencia\n"
            + "Desarrolladora Shopify Plus\nPixelría · Jornada completa\nene. 2022 - actualidad · 4 años 11 meses\nMadrid, España\n";

        desk.PressThenAnswer(Key.P, page, Key.S.WithCtrl);

        Assert.StartsWith("Profile read into Elena Moreno Díaz", desk.Window.Message, StringComparison.Ordinal);
        var elena = desk.Session.Contact(contact)!;
        Assert.NotNull(elena.ProfileReadAt);
        Assert.Equal(new Engine.Contacts.Position("Pixelría", "Desarrolladora Shopify Plus", new Engine.Contacts.PartialDate(2022, 1), null, "Madrid, España"), Assert.Single(elena.Positions));
        Assert.False(desk.Window.Today.Selected!.ProfileToRead);
    }

    [Fact]
    public void Today_PThenTextThatIsNotAProfile_SaysWhyAndKeepsTheDesk()
    {
        using var desk = new DeskHarness();

        desk.PressThenAnswer(Key.P, "just some notes\nabout a meeting", Key.S.WithCtrl);

        Assert.StartsWith("Could not do that: (pasted text): ", desk.Window.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contacts_TypingAFilter_NarrowsAccentAndCaseInsensitively()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F4);
        var all = desk.Window.Contacts.Count;

        desk.Type("LUCIA PENA");

        Assert.True(all > 100, $"{all} contacts listed");
        Assert.Equal(1, desk.Window.Contacts.PagesRead);
        Assert.Equal(["Lucía Peña", "Lucía Peña Fuentes"], desk.Window.Contacts.First(10).Select(c => c.FullName).Order(StringComparer.Ordinal));
        Assert.Contains("Lucía Peña Fuentes", desk.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Contacts_StageFilterAndEnter_OpenTheContactWithTimelineAndRuns()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F4);

        desk.Type("@conv");
        var listed = desk.Window.Contacts.First(1000);
        desk.Press(Key.CursorDown, Key.Enter);

        Assert.NotEmpty(listed);
        Assert.All(listed, c => Assert.Equal("conversation", c.Stage));
        Assert.Same(desk.Window.Contact, desk.Window.Current);
        Assert.Contains("Timeline:", desk.Window.Contact.Shown, StringComparison.Ordinal);
        Assert.Contains($"{listed[0].FullName}  (id {listed[0].Id})", desk.Window.Contact.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_LogAReply_ClassifiesItAndShowsItOnTheTimeline()
    {
        using var desk = new DeskHarness();
        var contactId = desk.Window.Today.Rows[0].ContactId;
        desk.Window.Contact.Open(contactId);
        desk.Window.Show(desk.Window.Contact);

        desk.PressThenAnswer(Key.R, "Are you free Thursday at 10?", Key.Enter);

        Assert.True(desk.Window.Message.StartsWith("Reply logged: engaged (", StringComparison.Ordinal), desk.Window.Message + "\n" + desk.Screen);
        Assert.Contains("message.received    linkedin  Are you free Thursday at 10?", desk.Window.Contact.Shown, StringComparison.Ordinal);
        using var store = desk.OpenStore();
        Assert.Equal("conversation", store.Contacts.Find(contactId)!.Stage);
    }

    [Fact]
    public void Help_F1_ListsTheKeysOfTheScreen()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F3);
        string? shown = null;

        desk.PressThenAnswer(Key.F1, new Action(() => shown = desk.Screen), Key.Esc);

        Assert.NotNull(shown);
        Assert.Contains("Keys: Drafts", shown, StringComparison.Ordinal);
        Assert.Contains("F7             Sent", shown, StringComparison.Ordinal);
        Assert.Contains("Ctrl+Q", shown, StringComparison.Ordinal);
        Assert.Same(desk.Window.Drafts, desk.Window.Current);
    }

    [Fact]
    public void Stats_F9_ShowsTheFunnelAsBarsBesideTheBaseline()
    {
        using var desk = new DeskHarness();

        desk.Press(Key.F9);
        var shown = desk.Window.Stats.Shown;

        Assert.Same(desk.Window.Stats, desk.Window.Current);
        Assert.Contains("invitations       ", shown, StringComparison.Ordinal);
        Assert.Matches(@"conversations\s+█+·*\s+5  35\.7% \[16\.3%–61\.2%\]", shown);
        Assert.Contains("By playbook: real conversations of personal replies (| is the 10% baseline)", shown, StringComparison.Ordinal);
        Assert.Matches(@"  manual\s+[█·|]{30}\s+35\.7%", shown);
        Assert.Contains("What each playbook's sent drafts led to (every playbook, whatever starts it):", shown, StringComparison.Ordinal);
        Assert.Contains("the practice's baseline is about 10%", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Palette_CtrlP_FindsACommandAsYouTypeAndRunsIt()
    {
        using var desk = new DeskHarness();

        desk.PressThenAnswer(Key.P.WithCtrl, "stats", Key.Enter);

        Assert.Same(desk.Window.Stats, desk.Window.Current);
    }

    [Fact]
    public void Palette_Run_RunsThePlaybooksInTheBackground()
    {
        using var desk = new DeskHarness();

        desk.PressThenAnswer(Key.P.WithCtrl, "run the", Key.Enter);
        var done = desk.RunUntil(() => desk.Window.Message.StartsWith("Running the playbooks:", StringComparison.Ordinal));

        Assert.True(done, desk.Window.Message);
        Assert.Equal("Running the playbooks: 0 run(s), 0 draft(s), 0 task(s), 0 failed.", desk.Window.Message);
    }

    [Fact]
    public void Playbooks_SwitchOffAndPreview_WorkFromTheList()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F10);
        Assert.True(desk.RunUntil(() => desk.Window.Playbooks.Rows.Count > 0), desk.Window.Playbooks.Detail);
        var welcome = desk.Window.Playbooks.Rows.ToList().FindIndex(r => r.Name == "welcome");
        for (var i = 0; i < welcome; i++)
        {
            desk.Press(Key.CursorDown);
        }

        desk.Press(Key.E);
        Assert.True(desk.RunUntil(() => desk.Window.Playbooks.Rows.Any(r => r is { Name: "welcome", State: "off" })), desk.Window.Message);

        Assert.Equal("welcome is off: it no longer runs.", desk.Window.Message);
        Assert.Contains("welcome", File.ReadAllText(desk.Session.SwitchedOffFile!), StringComparison.Ordinal);

        var replyReceived = desk.Window.Playbooks.Rows.ToList().FindIndex(r => r.Name == "reply-received");
        desk.Press(Key.Home.WithCtrl);
        for (var i = 0; i < replyReceived; i++)
        {
            desk.Press(Key.CursorDown);
        }

        desk.Press(Key.P);

        Assert.StartsWith("Preview of reply-received: ", desk.Window.Message, StringComparison.Ordinal);
        Assert.Contains("dry run, nothing was kept", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Playbooks_Preview_CoversTheContactsOfTheContactsFilter()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F4);
        desk.Type("elena moreno");
        PreviewWelcomeAfresh(desk);

        Assert.Contains("Preview of welcome over the 1 contact(s) of the Contacts filter 'elena moreno'", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Contains("Hola Elena", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Hola Pablo", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Equal("Preview of welcome: 1 draft(s) it would write; nothing was kept.", desk.Window.Message);
    }

    [Fact]
    public void Playbooks_Preview_CoversTheContactsMarkedOnTheContactsScreen()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F4);
        desk.Type("elena moreno");
        desk.Press(Key.CursorDown, Key.Space);
        Assert.Contains("│✓│Elena Moreno Díaz", desk.Screen, StringComparison.Ordinal);
        ClearFilter(desk, "elena moreno");

        desk.Type("pablo serrano");
        desk.Press(Key.CursorDown, Key.Space);
        Assert.Contains("│✓│Pablo Serrano Gil", desk.Screen, StringComparison.Ordinal);
        ClearFilter(desk, "pablo serrano");

        Assert.Equal(2, desk.Window.Contacts.Marked.Count);
        Assert.Contains("2 marked", desk.Screen, StringComparison.Ordinal);
        PreviewWelcomeAfresh(desk);

        Assert.Contains("Preview of welcome over the 2 contact(s) marked on the Contacts screen", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Contains("Hola Elena", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Contains("Hola Pablo", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Equal("Preview of welcome: 2 draft(s) it would write; nothing was kept.", desk.Window.Message);
    }

    /// <summary>Forgets every run (so the welcome has invitations to answer again), then previews it from the Playbooks screen.</summary>
    private static void PreviewWelcomeAfresh(DeskHarness desk)
    {
        using (var store = desk.OpenStore())
        {
            using var reset = new Microsoft.Data.Sqlite.SqliteCommand("DELETE FROM drafts; DELETE FROM journal; DELETE FROM runs;", store.Connection);
            reset.ExecuteNonQuery();
        }

        desk.Press(Key.F10);
        Assert.True(desk.RunUntil(() => desk.Window.Playbooks.Rows.Count > 0), desk.Window.Playbooks.Detail);
        var welcome = desk.Window.Playbooks.Rows.ToList().FindIndex(r => r.Name == "welcome");
        for (var i = 0; i < welcome; i++)
        {
            desk.Press(Key.CursorDown);
        }

        desk.Press(Key.P);
    }

    /// <summary>Back in the Contacts filter, deletes <paramref name="typed"/> a character at a time.</summary>
    private static void ClearFilter(DeskHarness desk, string typed)
    {
        desk.Press(Key.F.WithCtrl);
        foreach (var _ in typed)
        {
            desk.Press(Key.Backspace);
        }
    }

    [Fact]
    public void Contacts_SpaceAgainAndCtrlU_UnmarkContacts()
    {
        using var desk = new DeskHarness();
        desk.Press(Key.F4, Key.CursorDown, Key.Space, Key.Space);
        Assert.Equal(2, desk.Window.Contacts.Marked.Count);

        desk.Press(Key.CursorUp, Key.Space);
        Assert.Single(desk.Window.Contacts.Marked);

        desk.Press(Key.U.WithCtrl);
        Assert.Empty(desk.Window.Contacts.Marked);
        Assert.DoesNotContain("marked", desk.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Playbooks_Trust_ShowsTheScriptsHashThenLetsItRun()
    {
        using var desk = new DeskHarness(script: Path.Combine(Support.RepoPaths.Examples, "scripts", "reconnect.csx"));
        desk.Press(Key.F10);
        Assert.True(desk.RunUntil(() => desk.Window.Playbooks.Rows.Any(r => r.State == "not trusted")), desk.Window.Playbooks.Detail);
        var script = desk.Window.Playbooks.Rows.ToList().FindIndex(r => r.State == "not trusted");
        for (var i = 0; i < script; i++)
        {
            desk.Press(Key.CursorDown);
        }

        Assert.Contains("sha256: ", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        desk.PressThenAnswer(Key.T, Key.T);
        Assert.True(desk.RunUntil(() => desk.Window.Playbooks.Rows.Count > 0 && desk.Window.Playbooks.Rows.All(r => r.State != "not trusted")), desk.Window.Message);

        Assert.Equal("Trusted reconnect.csx as it is now.", desk.Window.Message);
        Assert.Contains(desk.Window.Playbooks.Rows, r => r is { Origin: "your script", State: "on" });
    }

    [Fact]
    public void Import_FromThePalette_ShowsProgressThenWhatEachFileDid()
    {
        using var desk = new DeskHarness(empty: true);
        string? palette = null;
        desk.PressThenAnswer(Key.P.WithCtrl, "import", new Action(() => palette = desk.Screen), Key.Enter);
        Assert.True(desk.Window.Current == desk.Window.Import, palette);

        desk.Type(Path.Combine(Support.RepoPaths.Examples, "contacts.vcf"));
        desk.Press(Key.Enter);
        var done = desk.RunUntil(() => !desk.Window.Import.Running);

        Assert.True(done, desk.Window.Message);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(desk.Window.Import.Summary, @"contacts\.vcf: 4 added, 0 updated, 0 unchanged, 0 skipped \(\d+ new contacts\)"), desk.Window.Import.Summary + "|" + desk.Window.Message);
        Assert.StartsWith("Imported ", desk.Window.Message, StringComparison.Ordinal);
        using var store = desk.OpenStore();
        Assert.True(store.Contacts.Count() > 0);
    }

    [Fact]
    public void Import_Calendar_SaysWhatItLeftOut()
    {
        using var desk = new DeskHarness(empty: true);
        desk.Press(Key.F11);

        desk.Type(Support.RepoPaths.Fixture(Path.Combine("calendar", "outlook-romance.ics")));
        desk.Press(Key.Enter);
        var done = desk.RunUntil(() => !desk.Window.Import.Running);

        Assert.True(done, desk.Window.Message);
        Assert.EndsWith(
            "outlook-romance.ics: 0 added, 0 updated, 0 unchanged, 0 skipped (0 new contacts)" + Environment.NewLine + "  left out: attendee not a contact 12" + Environment.NewLine,
            desk.Window.Import.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NothingAtThePath_SaysWhatToGive()
    {
        using var desk = new DeskHarness(empty: true);
        desk.Press(Key.F11);
        Assert.Same(desk.Window.Import, desk.Window.Current);
        desk.Press(Key.Esc, Key.I);
        Assert.Same(desk.Window.Import, desk.Window.Current);

        desk.Type("/no/such/export.zip");
        desk.Press(Key.Enter);

        Assert.Equal("Nothing at /no/such/export.zip: give the zip LinkedIn sent you (or its folder), a .vcf, a .csv, calendars (.ics), mail (.mbox, .eml), or an X or Facebook download (zip or folder).", desk.Window.Message);
    }

    [Fact]
    public void Window_TooSmall_SaysSo()
    {
        using var desk = new DeskHarness(width: 50, height: 12);

        Assert.Contains("The terminal is too small", desk.Screen, StringComparison.Ordinal);
    }
}
