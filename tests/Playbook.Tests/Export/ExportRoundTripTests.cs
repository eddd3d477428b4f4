using System.Text;
using Playbook.Engine.Contacts;
using Playbook.Engine.Export;
using Playbook.Engine.Import.AddressBook;
using Playbook.Tests.Support;

namespace Playbook.Tests.Export;

/// <summary>An export imported into an empty store gives the same contacts back.</summary>
public sealed class ExportRoundTripTests
{
    [Fact]
    public void GoogleCsv_ExportThenImportIntoEmptyStore_GivesTheSameContacts()
    {
        using var source = ExampleStore();
        using var target = new TestStore();
        var file = source.Folder.File("contacts.csv");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            GoogleCsvExporter.Write(writer, source.Store.Contacts.All());
        }

        var report = new AddressBookImporter(target.Store).ImportCsv([file]);

        Assert.False(report.HasFailedFiles, string.Join("; ", report.Files.Select(f => f.Error)));
        Assert.Empty(report.Skips);
        Assert.Equal(Comparable(source), Comparable(target));
    }

    [Fact]
    public void VCard_ExportThenImportIntoEmptyStore_GivesTheSameContacts()
    {
        using var source = ExampleStore();
        using var target = new TestStore();
        var file = source.Folder.File("contacts.vcf");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            VCardExporter.Write(writer, source.Store.Contacts.All());
        }

        var report = new AddressBookImporter(target.Store).ImportVCards([file]);

        Assert.False(report.HasFailedFiles, string.Join("; ", report.Files.Select(f => f.Error)));
        Assert.Empty(report.Skips);
        Assert.Equal(Comparable(source), Comparable(target));
    }

    [Fact]
    public void VCard_LongAccentedValue_IsFoldedWithoutSplittingACharacter()
    {
        var contact = new Contact
        {
            Id = 1, FullName = "Ñandú", FirstName = "Ñandú", Stage = Stages.New, Notes = new string('ñ', 100),
            CreatedAt = TestStore.Start, UpdatedAt = TestStore.Start,
        };
        using var writer = new StringWriter();

        VCardExporter.Write(writer, [contact]);

        var lines = writer.ToString().Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(" ñ", StringComparison.Ordinal));
    }

    /// <summary>The example export, vCards and Google CSV in one store, with a stage and tags set by hand.</summary>
    private static TestStore ExampleStore()
    {
        var test = new TestStore();
        test.Import(RepoPaths.ExampleZip);
        var importer = new AddressBookImporter(test.Store);
        importer.ImportVCards([Path.Combine(RepoPaths.Examples, "contacts.vcf")]);
        importer.ImportCsv([Path.Combine(RepoPaths.Examples, "google-contacts.csv")]);
        var lucia = test.Store.Contacts.Search("lucia pena").First(c => c.FullName == "Lucía Peña");
        test.Store.Contacts.SetStage(lucia.Id, Stages.Conversation);
        test.Store.Contacts.AddTags(lucia.Id, ["client", "madrid"]);
        return test;
    }

    private static List<string> Comparable(TestStore test) =>
        test.Store.Contacts.All()
            .Select(c => string.Join(" | ",
                c.FirstName, c.LastName, c.FullName, c.Headline, c.Company, c.Position, c.Location, c.ProfileUrl, c.Stage, c.Notes,
                c.ConnectedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(",", c.Emails), string.Join(",", c.Phones), string.Join(",", c.Tags), string.Join(",", c.Urls)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
