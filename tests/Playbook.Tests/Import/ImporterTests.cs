using System.IO.Compression;
using Playbook.Engine.Import;
using Playbook.Engine.Import.AddressBook;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import;

public sealed class ImporterTests
{
    [Theory]
    [InlineData("Basic_LinkedInDataExport_11-30-2026.zip", ExportKind.LinkedIn)]
    [InlineData("linkedin-export", ExportKind.LinkedIn)]
    [InlineData("linkedin-export/Connections.csv", ExportKind.LinkedIn)]
    [InlineData("export/messages.csv", ExportKind.LinkedIn)]
    [InlineData("contacts.vcf", ExportKind.VCard)]
    [InlineData("All mail Including Spam and Trash.mbox", ExportKind.Mail)]
    [InlineData("reply.EML", ExportKind.Mail)]
    [InlineData("Ana.VCARD", ExportKind.VCard)]
    [InlineData("google-contacts.csv", ExportKind.AddressBookCsv)]
    [InlineData("outlook.CSV", ExportKind.AddressBookCsv)]
    [InlineData("Profile Summary.csv", ExportKind.AddressBookCsv)]
    [InlineData("calendar.ics", ExportKind.Calendar)]
    [InlineData("Outlook/Calendar.ICS", ExportKind.Calendar)]
    public void KindOf_Path_IsTheExportItsNameSays(string path, ExportKind kind)
    {
        var found = Importer.KindOf(path);

        Assert.Equal(kind, found);
    }

    [Theory]
    [InlineData("calendars/work.ics|calendars/sub/personal.ICS", ExportKind.Calendar)]
    [InlineData("Takeout/Calendar/Marta.ics|Takeout/Calendar/Team.ics|Takeout/archive_browser.html", ExportKind.Calendar)]
    [InlineData("mail/reply.eml|mail/2026/again.EML|mail/notes.txt", ExportKind.Mail)]
    [InlineData("Thunderbird/Inbox.msf|Thunderbird/Sent.msf", ExportKind.Mail)]
    [InlineData("cards/ana.vcf|cards/ben.vcf", ExportKind.VCard)]
    [InlineData("downloads/Profile.pdf", ExportKind.Profiles)]
    [InlineData("export/Connections.csv|export/messages.csv", ExportKind.LinkedIn)]
    [InlineData("address-books/google.csv", ExportKind.AddressBookCsv)]
    [InlineData("nothing/notes.txt", ExportKind.LinkedIn)]
    [InlineData("archive/data/manifest.js|archive/data/direct-messages.js|archive/data/tweets.js", ExportKind.X)]
    [InlineData("me/connections/friends/your_friends.json|me/profile_information/profile_information.json", ExportKind.Facebook)]
    [InlineData("me/messages/inbox/ana_1/message_1.json", ExportKind.Facebook)]
    [InlineData("me/messages/inbox/ana_1/message_1.html|me/index.html", ExportKind.Facebook)]
    public void KindOf_FolderAndZip_IsTheExportTheNamesOfItsFilesSay(string files, ExportKind kind)
    {
        using var folder = new TempFolder();
        var names = files.Split('|');
        foreach (var name in names)
        {
            folder.Write(Path.Combine("folder", name), "x");
        }

        var zip = folder.File("takeout-20261130T080000Z-001.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in names)
            {
                archive.CreateEntry(name);
            }
        }

        var found = (Importer.KindOf(folder.File("folder")), Importer.KindOf(zip));

        Assert.Equal((kind, kind), found);
    }

    [Fact]
    public void KindOf_FileWithoutExtensionStartingAsAnMbox_IsMail()
    {
        using var folder = new TempFolder();
        var inbox = folder.Write("Inbox", "From - Sat Dec 05 10:00:00 2026\nFrom: ana@example.es\n\nhola\n");
        var notes = folder.Write("notes", "Call the bank.");

        var found = (Importer.KindOf(inbox), Importer.KindOf(notes));

        Assert.Equal((ExportKind.Mail, ExportKind.LinkedIn), found);
    }

    [Fact]
    public void KindOf_ExampleLinkedInExport_IsLinkedInAsZipAndAsFolder()
    {
        var found = (Importer.KindOf(RepoPaths.ExampleZip), Importer.KindOf(RepoPaths.ExampleFolder));

        Assert.Equal((ExportKind.LinkedIn, ExportKind.LinkedIn), found);
    }

    [Fact]
    public void Import_PathOfEachKind_GoesToItsReader()
    {
        using var test = new TestStore();
        var importer = new Importer(test.Store);

        var linkedin = importer.Import(ImportRequest.For(RepoPaths.ExampleZip));
        var vcard = importer.Import(ImportRequest.For(Path.Combine(RepoPaths.Examples, "contacts.vcf")));
        var csv = importer.Import(ImportRequest.For(Path.Combine(RepoPaths.Examples, "google-contacts.csv")));

        Assert.Contains(linkedin.Files, f => f.File == "Connections.csv" && f.Added == 197);
        Assert.Equal((2, 2), (vcard.Files.Single().Added, vcard.Files.Single().Updated));
        Assert.Equal((9, 2), (csv.Files.Single().Added, csv.Files.Single().Updated));
    }

    [Fact]
    public void Import_CsvWithAFormatGiven_ReadsItAsThatFormat()
    {
        using var test = new TestStore();

        var report = new Importer(test.Store).Import(
            new ImportRequest(ExportKind.AddressBookCsv, [Path.Combine(RepoPaths.Examples, "google-contacts.csv")]) { Format = AddressBookFormat.Google });

        Assert.Equal(11, report.Files.Single().Added);
        Assert.Contains(test.Store.Contacts.All(), c => c.Sources.Contains("google"));
    }

    [Fact]
    public void Import_LinkedInWithTwoPaths_IsRefused()
    {
        using var test = new TestStore();

        var error = Assert.Throws<ArgumentException>(() =>
            new Importer(test.Store).Import(new ImportRequest(ExportKind.LinkedIn, [RepoPaths.ExampleZip, RepoPaths.ExampleFolder])));

        Assert.StartsWith("a LinkedIn export is one zip, folder or file", error.Message, StringComparison.Ordinal);
    }
}
