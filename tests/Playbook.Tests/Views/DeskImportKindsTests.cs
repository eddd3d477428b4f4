using System.IO.Compression;
using Playbook.Engine.Events;
using Playbook.Tests.Support;
using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>
/// The Import screen takes calendars and mail as the command line does: an .ics file, a folder of them, a Google
/// Takeout zip of them, an mbox file, a folder of .eml files. Each brings its one event with Irene Castaño (a contact
/// of the example export, irene.castano@example.com). X and Facebook downloads (the fixtures' folders) bring their
/// people's messages.
/// </summary>
public sealed class DeskImportKindsTests
{
    private const string Meeting =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:irene-coffee@test\r\nDTSTART:20261127T100000Z\r\n"
        + "DTEND:20261127T110000Z\r\nSUMMARY:Coffee with Irene\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@example.com\r\n"
        + "ATTENDEE;PARTSTAT=ACCEPTED:MAILTO:Irene.Castano@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private const string Reply =
        "From: Irene Castaño <irene.castano@example.com>\nTo: Ana <ana@example.com>\nDate: Fri, 27 Nov 2026 10:00:00 +0100\n"
        + "Message-ID: <irene-1@example.com>\nSubject: Re: hola\n\nMe encantaría hablar, ¿el jueves?\n";

    [Theory]
    [InlineData("ics file", EventKinds.Meeting, "Coffee with Irene")]
    [InlineData("ics folder", EventKinds.Meeting, "Coffee with Irene")]
    [InlineData("takeout zip", EventKinds.Meeting, "Coffee with Irene")]
    [InlineData("mbox file", EventKinds.MessageReceived, "Me encantaría hablar, ¿el jueves?")]
    [InlineData("eml folder", EventKinds.MessageReceived, "Me encantaría hablar, ¿el jueves?")]
    public void Import_CalendarOrMail_StoresTheEventWithTheContactAndSaysWhatEachFileAdded(string shape, string kind, string body)
    {
        using var desk = new DeskHarness();
        var path = Write(Path.Combine(Path.GetDirectoryName(desk.DatabasePath)!, "import"), shape);
        desk.Press(Key.F11);

        desk.Type(path);
        desk.Press(Key.Enter);
        var done = desk.RunUntil(() => !desk.Window.Import.Running);

        Assert.True(done, desk.Window.Message);
        Assert.Contains(": 1 added, 0 updated, 0 unchanged, 0 skipped (0 new contacts)", desk.Window.Import.Summary, StringComparison.Ordinal);
        Assert.Equal($"Imported {path}.", desk.Window.Message);
        using var store = desk.OpenStore();
        var irene = store.Contacts.Get("https://www.linkedin.com/in/irene-castano-2e3f4a");
        Assert.Contains(store.Events.List(irene.Id, kind), e => e.Body == body);
    }

    [Theory]
    [InlineData("x", "x")]
    [InlineData("facebook", "facebook")]
    public void Import_NetworkDownloadFolder_StoresItsPeopleWithTheirMessagesOnTheNetworksChannel(string fixture, string channel)
    {
        using var desk = new DeskHarness();
        var path = RepoPaths.Fixture(fixture == "x" ? Path.Combine("x", "archive") : Path.Combine("facebook", "current"));
        desk.Press(Key.F11);

        desk.Type(path);
        desk.Press(Key.Enter);
        var done = desk.RunUntil(() => !desk.Window.Import.Running);

        Assert.True(done, desk.Window.Message);
        Assert.Equal($"Imported {path}.", desk.Window.Message);
        using var store = desk.OpenStore();
        Assert.Contains(store.Events.All(), e => e.Channel == channel && e.Kind == EventKinds.MessageReceived);
    }

    /// <summary>The calendar or mail in the shape named, under <paramref name="folder"/>; returns the path to type.</summary>
    private static string Write(string folder, string shape)
    {
        Directory.CreateDirectory(folder);
        switch (shape)
        {
            case "ics file":
                File.WriteAllText(Path.Combine(folder, "calendar.ics"), Meeting);
                return Path.Combine(folder, "calendar.ics");
            case "ics folder":
                Directory.CreateDirectory(Path.Combine(folder, "Calendars"));
                File.WriteAllText(Path.Combine(folder, "Calendars", "Marta.ics"), Meeting);
                return folder;
            case "takeout zip":
                var zip = Path.Combine(folder, "takeout-20261130T080000Z-001.zip");
                using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
                {
                    using var entry = new StreamWriter(archive.CreateEntry("Takeout/Calendar/Marta.ics").Open());
                    entry.Write(Meeting);
                }

                return zip;
            case "mbox file":
                File.WriteAllText(Path.Combine(folder, "All mail Including Spam and Trash.mbox"), "From 1819283746152637485@xxx Fri Nov 27 09:00:00 +0000 2026\n" + Reply);
                return Path.Combine(folder, "All mail Including Spam and Trash.mbox");
            default:
                File.WriteAllText(Path.Combine(folder, "irene.eml"), Reply);
                File.WriteAllText(Path.Combine(folder, "readme.txt"), "saved from Outlook");
                return folder;
        }
    }
}
