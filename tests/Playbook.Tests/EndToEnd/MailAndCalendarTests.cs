using System.Globalization;
using System.Text.Json;
using Playbook.Engine.Import;
using Playbook.Tests.Support;
using Playbook.Tests.Views;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// Mail and calendars through the command line, and everything after them: a reply by mail ends a welcome's wait and
/// counts as answered, an out-of-office does neither, the owner's own mail is the personal reply, and a meeting from a
/// calendar moves the funnel and the stage, resets keep-in-touch and losing-touch, starts the after-meeting thank-you on
/// the channel last used, and shows on the contact's timeline in <c>contacts show</c> and in the desk.
/// The desk's part shares Terminal.Gui's process-wide state, so the class runs in the desk's collection.
/// </summary>
[Collection(DeskTests.Name)]
public sealed class MailAndCalendarTests : IDisposable
{
    private const string Owner = "marta.soler@example.com";
    private const string Invited = "2026-11-30T08:00Z";

    private readonly CliSandbox _cli = new();

    public MailAndCalendarTests() =>
        _cli.WriteConfig($"me:\n  signature: Marta\n  emails: [{Owner}]\n");

    [Fact]
    public async Task MailReply_DuringTheWelcomesWait_EndsItNoNudgeFollowsAndTheFunnelCountsItAnswered()
    {
        var ana = await InvitedAsync("Ana Ruiz", "ana.ruiz@example.es");
        await RunOkAsync("run", "--now", "2026-11-30T09:00Z");
        await RunOkAsync("draft", "sent", WelcomeOf(ana, await _cli.JsonAsync("drafts")), "--now", "2026-11-30T10:00Z");
        var reply = Eml("ana-reply.eml", "Ana Ruiz <ana.ruiz@example.es>", $"Marta Soler <{Owner}>", "Thu, 3 Dec 2026 10:00:00 +0000", "<ana-1@example.es>",
            "¡Hola Marta! Me encantaría hablar. ¿Te viene bien el jueves a las 10?\n\n"
            + "El lun, 30 nov 2026 a las 10:00, Marta Soler (<marta.soler@example.com>)\nescribió:\n> Hola Ana, gracias por conectar");

        await RunOkAsync("import", "mail", reply, "--now", "2026-12-03T11:00Z");
        await RunOkAsync("tick", "--now", "2026-12-08T11:00Z");

        var received = Assert.Single((await _cli.JsonAsync("events", "--kind", "message.received")).EnumerateArray());
        Assert.Equal(("email", "engaged", "¡Hola Marta! Me encantaría hablar. ¿Te viene bien el jueves a las 10?"),
            (Text(received, "channel"), Text(received, "classification"), Text(received, "body")));
        var drafts = (await _cli.JsonAsync("drafts", "--status", "all")).EnumerateArray().ToList();
        Assert.Equal([("welcome", "sent")], drafts.Select(d => (Text(d, "step"), Text(d, "status"))));
        var welcome = (await _cli.JsonAsync("runs")).EnumerateArray().Single(r => Text(r, "playbook") == "welcome");
        Assert.Equal("done", Text(welcome, "state"));
        var funnel = (await _cli.JsonAsync("stats")).GetProperty("total");
        Assert.Equal((1, 1, 1, 1), (Count(funnel, "invitations"), Count(funnel, "personalReplies"), Count(funnel, "answered"), Count(funnel, "conversations")));
        Assert.Equal("conversation", Stage(await _cli.JsonAsync("contacts", "show", Id(ana))));
    }

    [Fact]
    public async Task OutOfOfficeByMail_IsNoReply_TheNudgeIsDraftedAndNothingIsAnswered()
    {
        var ana = await InvitedAsync("Ana Ruiz", "ana.ruiz@example.es");
        await RunOkAsync("run", "--now", "2026-11-30T09:00Z");
        await RunOkAsync("draft", "sent", WelcomeOf(ana, await _cli.JsonAsync("drafts")), "--now", "2026-11-30T10:00Z");
        var away = Eml("away.eml", "Ana Ruiz <ana.ruiz@example.es>", Owner, "Mon, 30 Nov 2026 10:05:00 +0000", "<ooo-1@example.es>",
            "I am out of the office until 14 December with no access to email.", "Auto-Submitted: auto-replied\nSubject: Automatic reply: Hola\n");

        await RunOkAsync("import", "mail", away, "--now", "2026-11-30T11:00Z");
        await RunOkAsync("tick", "--now", "2026-12-07T10:00Z");

        var received = Assert.Single((await _cli.JsonAsync("events", "--kind", "message.received")).EnumerateArray());
        Assert.Equal(("email", "auto"), (Text(received, "channel"), Text(received, "classification")));
        var nudge = Assert.Single((await _cli.JsonAsync("drafts")).EnumerateArray());
        Assert.Equal(("welcome", "nudge"), (Text(nudge, "playbook"), Text(nudge, "step")));
        var funnel = (await _cli.JsonAsync("stats")).GetProperty("total");
        Assert.Equal((1, 0), (Count(funnel, "personalReplies"), Count(funnel, "answered")));
        Assert.Equal("contacted", Stage(await _cli.JsonAsync("contacts", "show", Id(ana))));
    }

    [Fact]
    public async Task OwnersMailAfterAnInvitation_IsThePersonalReply_NoWelcomeAndTheFunnelByChannelSaysEmail()
    {
        var ana = await InvitedAsync("Ana Ruiz", "ana.ruiz@example.es");
        var mine = Eml("mine.eml", $"Marta Soler <{Owner}>", "Ana Ruiz <ana.ruiz@example.es>", "Mon, 30 Nov 2026 09:00:00 +0000", "<marta-1@example.com>",
            "Hola Ana, gracias por conectar. ¿Te apetece un café la semana que viene?");
        var theirs = Eml("theirs.eml", "Ana Ruiz <ana.ruiz@example.es>", Owner, "Tue, 1 Dec 2026 09:00:00 +0000", "<ana-2@example.es>",
            "¡Claro! ¿El jueves a las 10 en Malasaña?");

        await RunOkAsync("import", "mail", mine, theirs, "--now", "2026-12-01T10:00Z");
        var run = await RunOkAsync("run", "--now", "2026-12-01T10:00Z");

        Assert.Contains("skipped: 1 already answered", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain((await _cli.JsonAsync("drafts", "--status", "all")).EnumerateArray(), d => Text(d, "playbook") == "welcome");
        var sent = Assert.Single((await _cli.JsonAsync("events", "--kind", "message.sent")).EnumerateArray());
        Assert.Equal((ana, "email", "out"), (sent.GetProperty("contactId").GetInt64(), Text(sent, "channel"), Text(sent, "direction")));
        var byChannel = await _cli.JsonAsync("stats", "--by", "channel");
        var email = Assert.Single(byChannel.GetProperty("groups").EnumerateArray());
        Assert.Equal(("email", 1, 1, 1), (Text(email, "key"), Count(email, "personalReplies"), Count(email, "answered"), Count(email, "conversations")));
        var table = await RunOkAsync("stats", "--by", "channel");
        Assert.StartsWith("email ", table.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingFromTheCalendar_MovesTheFunnelAndTheStage_ShowsOnTheTimelineAndTheThankYouFollowsByMail()
    {
        var ben = await InvitedAsync("Ben Okafor", "ben.okafor@harrowgate.example.co.uk");
        var mine = Eml("mine.eml", $"Marta Soler <{Owner}>", "Ben Okafor <ben.okafor@harrowgate.example.co.uk>", "Mon, 30 Nov 2026 09:00:00 +0000",
            "<marta-2@example.com>", "Hi Ben, thanks for connecting. Coffee on Friday?");
        var calendar = Ics("coffee.ics", Meeting("coffee-ben@example.com", "20261204T100000Z", "Coffee with Ben", "MAILTO:Ben.Okafor@Harrowgate.example.co.uk"));

        await RunOkAsync("import", "mail", mine, "--now", "2026-11-30T10:00Z");
        var imported = await RunOkAsync("import", "calendar", calendar, "--now", "2026-12-04T12:00Z");
        var run = await RunOkAsync("run", "--now", "2026-12-04T12:00Z");

        Assert.StartsWith($"{calendar}: 1 added", imported.Output, StringComparison.Ordinal);
        Assert.Contains("0 drafts", run.Output, StringComparison.Ordinal);
        var shown = await _cli.JsonAsync("contacts", "show", Id(ben));
        Assert.Equal("meeting", Stage(shown));
        var meeting = shown.GetProperty("events").EnumerateArray().Single(e => Text(e, "kind") == "meeting");
        Assert.Equal(("calendar", "Coffee with Ben", "2026-12-04T10:00:00+00:00"), (Text(meeting, "channel"), Text(meeting, "body"), Text(meeting, "at")));
        var timeline = await RunOkAsync("contacts", "show", Id(ben));
        Assert.Contains("  2026-12-04 10:00  meeting             calendar  Coffee with Ben", timeline.OutputLines);
        Assert.Contains("  2026-11-30 09:00  message.sent        email     Hi Ben, thanks for connecting. Coffee on Friday?", timeline.OutputLines);
        var funnel = (await _cli.JsonAsync("stats")).GetProperty("total");
        Assert.Equal((1, 1, 1, 1), (Count(funnel, "personalReplies"), Count(funnel, "conversations"), Count(funnel, "meetings"), Count(funnel, "invitations")));
        var runs = (await _cli.JsonAsync("runs")).EnumerateArray().ToList();
        Assert.Equal([("after-meeting", "waiting", "pause")], runs.Select(r => (Text(r, "playbook"), Text(r, "state"), Text(r, "step"))));

        await RunOkAsync("tick", "--now", "2026-12-05T12:00Z");

        var thanks = Assert.Single((await _cli.JsonAsync("drafts")).EnumerateArray());
        Assert.Equal(("after-meeting", "thanks", "email"), (Text(thanks, "playbook"), Text(thanks, "step"), Text(thanks, "channel")));
        Assert.StartsWith("Hi Ben, thank you for your time (Coffee with Ben)!", Text(thanks, "body"), StringComparison.Ordinal);
        var listed = await RunOkAsync("drafts");
        Assert.Contains("(after-meeting/thanks, email, en, ", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingFromTheCalendar_WithSomeoneClose_ResetsKeepInTouchAndLosingTouch()
    {
        await AddContactAsync("Ben Okafor", "ben.okafor@harrowgate.example.co.uk", "2026-06-01T08:00Z");
        var ben = await _cli.ContactIdAsync("Ben Okafor");
        await RunOkAsync("contacts", "tag", Id(ben), "close", "--now", "2026-06-01T08:00Z");
        var mail = Eml("ben.eml", "Ben Okafor <ben.okafor@harrowgate.example.co.uk>", Owner, "Tue, 1 Sep 2026 09:00:00 +0000", "<ben-9@example.co.uk>",
            "Hi Marta, shall we catch up after the summer? Are you free on Thursday at 10?");
        await RunOkAsync("import", "mail", mail, "--now", "2026-09-01T10:00Z");
        var drifting = await _cli.JsonAsync("losing-touch", "--now", "2026-12-03T08:00Z");
        var calendar = Ics("catch-up.ics", Meeting("catch-up-ben@example.com", "20261202T160000Z", "Catch-up", "mailto:ben.okafor@harrowgate.example.co.uk"));

        await RunOkAsync("import", "calendar", calendar, "--now", "2026-12-03T08:00Z");
        var after = await _cli.JsonAsync("losing-touch", "--now", "2026-12-03T08:00Z");
        await RunOkAsync("tick", "--now", "2026-12-03T08:00Z");
        var tasksThen = await _cli.JsonAsync("tasks");
        await RunOkAsync("tick", "--now", "2027-03-02T17:00Z");
        var tasksLater = await _cli.JsonAsync("tasks");

        var before = Assert.Single(drifting.EnumerateArray());
        Assert.Equal((ben, "2026-09-01T09:00:00+00:00", "keep-in-touch"), (before.GetProperty("contactId").GetInt64(), Text(before, "lastInteraction"), Text(before, "playbook")));
        Assert.Empty(after.EnumerateArray());
        Assert.DoesNotContain(tasksThen.EnumerateArray(), t => Text(t, "text")!.StartsWith("Catch up", StringComparison.Ordinal));
        var catchUp = Assert.Single(tasksLater.EnumerateArray(), t => Text(t, "text")!.StartsWith("Catch up", StringComparison.Ordinal));
        Assert.Equal("Catch up with Ben: it has been a while", Text(catchUp, "text"));
    }

    [Fact]
    public void MeetingFromTheCalendar_InTheDesk_ShowsOnTheContactsTimeline()
    {
        using var desk = new DeskHarness(now: DeskHarness.Monday.AddDays(4));
        var calendar = Ics("irene.ics", Meeting("irene-coffee@example.com", "20261202T090000Z", "Café con Irene", "mailto:Irene.Castano@example.com"));
        long irene;
        using (var store = desk.OpenStore())
        {
            irene = store.Contacts.Get("https://www.linkedin.com/in/irene-castano-2e3f4a").Id;
            var report = new Importer(store).Import(ImportRequest.For(calendar) with { OwnerEmails = desk.Config.Emails });
            Assert.Equal(1, Assert.Single(report.Files).Added);
        }

        desk.Window.Contact.Open(irene);
        desk.Window.Show(desk.Window.Contact);

        Assert.Contains("  2026-12-02 09:00  meeting             calendar  Café con Irene", desk.Window.Contact.Shown.Split('\n'));
        Assert.Contains("meeting", desk.Screen, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static int Count(JsonElement row, string name) => row.GetProperty(name).GetInt32();

    private static string? Stage(JsonElement contact) => Text(contact, "stage");

    private static string? Text(JsonElement item, string name) => item.GetProperty(name).GetString();

    private static string WelcomeOf(long contactId, JsonElement drafts) =>
        Id(drafts.EnumerateArray().Single(d => d.GetProperty("contactId").GetInt64() == contactId && Text(d, "step") == "welcome").GetProperty("id").GetInt64());

    private async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, string.Join(' ', args) + "\n" + result);
        return result;
    }

    private async Task AddContactAsync(string fullName, string email, string now)
    {
        var (first, last) = (fullName.Split(' ')[0], fullName.Split(' ')[1]);
        var card = _cli.Folder.Write($"{first}.vcf", $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{fullName}\r\nN:{last};{first};;;\r\nEMAIL:{email}\r\nEND:VCARD\r\n");
        await RunOkAsync("import", "vcard", card, "--now", now);
    }

    /// <summary>A contact with an email address, who invited the owner at <see cref="Invited"/>.</summary>
    private async Task<long> InvitedAsync(string fullName, string email)
    {
        await AddContactAsync(fullName, email, "2026-11-29T08:00Z");
        var id = await _cli.ContactIdAsync(fullName);
        await RunOkAsync("event", "add", "invitation.received", "--contact", Id(id), "--at", Invited, "--now", Invited);
        return id;
    }

    private string Eml(string file, string from, string to, string date, string messageId, string body, string headers = "Subject: Hola\n") =>
        _cli.Folder.Write(file, $"From: {from}\nTo: {to}\nDate: {date}\nMessage-ID: {messageId}\n{headers}Content-Type: text/plain; charset=utf-8\n\n{body}\n");

    private string Ics(string file, string events) =>
        _cli.Folder.Write(file, $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Playbook tests//EN\r\n{events}END:VCALENDAR\r\n");

    private static string Meeting(string uid, string start, string summary, string attendee) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261120T090000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\nSUMMARY:{summary}\r\n"
        + $"ORGANIZER:mailto:{Owner}\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:{Owner}\r\nATTENDEE;PARTSTAT=ACCEPTED:{attendee}\r\nEND:VEVENT\r\n";
}
