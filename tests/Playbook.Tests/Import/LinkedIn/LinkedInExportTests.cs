using System.IO.Compression;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class LinkedInExportTests : IDisposable
{
    private readonly TestStore _test = new();

    [Theory]
    [InlineData("Connections.csv", "Connections")]
    [InlineData("connections (1).csv", "Connections")]
    [InlineData("2023_Connections.csv", "Connections")]
    [InlineData("2022_Connections_no_URL_column.csv", "Connections")]
    [InlineData("Invitations.csv", "Invitations")]
    [InlineData("messages.csv", "Messages")]
    [InlineData("2026_messages_fully_quoted_multiline.csv", "Messages")]
    [InlineData("Profile.csv", "Profile")]
    [InlineData("Positions.csv", "Positions")]
    [InlineData("Education.csv", "Education")]
    [InlineData("Skills.csv", "Skills")]
    [InlineData("Languages.csv", "Languages")]
    [InlineData("Basic_LinkedInDataExport_11-30-2026/Connections.csv", "Connections")]
    [InlineData("Email Addresses.csv", "EmailAddresses")]
    public void Classify_KnownFileName_IsItsKind(string name, string kind)
    {
        Assert.Equal(kind, LinkedInExport.Classify(name)?.ToString());
    }

    [Theory]
    [InlineData("Recommendations_Given.csv")]
    [InlineData("Profile Summary.csv")]
    [InlineData("guide_messages.csv")]
    [InlineData("Company Follows.csv")]
    [InlineData("2024.csv")]
    [InlineData("._Connections.csv")]
    [InlineData("__MACOSX/Basic_LinkedInDataExport_11-30-2026/._messages.csv")]
    [InlineData("~$Connections.csv")]
    public void Classify_OtherFileName_IsNotRead(string name)
    {
        Assert.Null(LinkedInExport.Classify(name));
    }

    [Fact]
    public void Import_ZipAsDownloaded_ImportsLikeTheFolder()
    {
        var folder = _test.Export("Basic_LinkedInDataExport_10-21-2023",
            (RepoPaths.OrgSignal("2023_Connections.csv"), "Connections.csv"),
            (RepoPaths.OrgSignal("2023_Invitations.csv"), "Invitations.csv"),
            (RepoPaths.OrgSignal("2023_messages.csv"), "messages.csv"),
            (RepoPaths.SilkyRich("Recommendations_Given.csv"), "Recommendations_Given.csv"));
        var zip = _test.Folder.File("Basic_LinkedInDataExport_10-21-2023.zip");
        ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Optimal, includeBaseDirectory: true);

        var report = _test.Import(zip);

        Assert.Equal(zip, report.Source);
        Assert.Equal(
            ["Basic_LinkedInDataExport_10-21-2023/Connections.csv", "Basic_LinkedInDataExport_10-21-2023/Invitations.csv", "Basic_LinkedInDataExport_10-21-2023/messages.csv"],
            report.Files.Select(f => f.File));
        Assert.False(report.HasFailedFiles);
        Assert.Equal([3, 2, 4], report.Files.Select(f => f.Added));
        Assert.Equal(4, _test.ContactCount);

        var fromFolder = _test.Import(folder);
        Assert.All(fromFolder.Files, f => Assert.Equal(0, f.Added));
        Assert.Equal(4, _test.ContactCount);
    }

    [Fact]
    public void Import_ZipMadeByMacFinder_LeavesTheResourceForksAlone()
    {
        var zip = _test.Folder.File("Basic_LinkedInDataExport_10-21-2023.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(RepoPaths.OrgSignal("2023_Connections.csv"), "Basic_LinkedInDataExport_10-21-2023/Connections.csv");
            using var fork = archive.CreateEntry("__MACOSX/Basic_LinkedInDataExport_10-21-2023/._Connections.csv").Open();
            fork.Write([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, .. "Mac OS X        "u8, 0x00, 0x02, 0xFF, 0xFE]);
        }

        var report = _test.Import(zip);

        Assert.False(report.HasFailedFiles);
        Assert.Equal(["Basic_LinkedInDataExport_10-21-2023/Connections.csv"], report.Files.Select(f => f.File));
        Assert.Equal(3, _test.ContactCount);
    }

    [Fact]
    public void Import_FolderWithSubfoldersAndOtherFiles_ReadsTheKnownFilesInImportOrder()
    {
        var folder = _test.Export("export",
            (RepoPaths.OrgSignal("2023_messages.csv"), "messages.csv"),
            (RepoPaths.SilkyRich("Recommendations_Received.csv"), "Recommendations_Received.csv"));
        _test.Folder.Copy(RepoPaths.OrgSignal("2023_Connections.csv"), "export/Network/Connections.csv");
        _test.Folder.Copy(RepoPaths.OrgSignal("2026_Profile.csv"), "export/Profile.csv");

        var report = _test.Import(folder);

        Assert.Equal(["Profile.csv", Path.Combine("Network", "Connections.csv"), "messages.csv"], report.Files.Select(f => f.File));
    }

    [Fact]
    public void Import_RandomBytesNamedZip_ThrowsOneLineNamingTheFileAndChangesNothing()
    {
        var bytes = new byte[8192];
        new Random(11).NextBytes(bytes);
        var path = _test.Folder.Write("Basic_LinkedInDataExport_11-30-2026.zip", bytes);
        var before = _test.TableCounts();

        var error = Assert.Throws<ImportException>(() => _test.Import(path));

        Assert.Equal(path, error.File);
        Assert.StartsWith($"{path}: is not a readable zip file (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); download the export again, or pass the folder it unpacks to", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_ZipWhoseEntryCountsDisagree_ThrowsOneLineNamingTheFileAndChangesNothing()
    {
        var path = _test.Folder.File("Basic_LinkedInDataExport_11-30-2026.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "Connections.csv", "Invitations.csv" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("First Name,Last Name\n");
            }
        }

        // The end of the central directory (its last 22 bytes, with no comment) says three entries where it lists two.
        var bytes = File.ReadAllBytes(path);
        bytes[^14] = 3;
        bytes[^12] = 3;
        File.WriteAllBytes(path, bytes);
        var before = _test.TableCounts();

        var error = Assert.Throws<ImportException>(() => _test.Import(path));

        Assert.Equal(path, error.File);
        Assert.StartsWith($"{path}: is not a readable zip file (", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_ZipWithNoneOfTheKnownFiles_ThrowsNamingIt()
    {
        var folder = _test.Export("other", (RepoPaths.SilkyRich("Recommendations_Given.csv"), "Recommendations_Given.csv"));
        var zip = _test.Folder.File("other.zip");
        ZipFile.CreateFromDirectory(folder, zip);

        var error = Assert.Throws<ImportException>(() => _test.Import(zip));

        Assert.Equal(
            $"{zip}: holds none of the files of a LinkedIn data export (Connections.csv, Invitations.csv, messages.csv, Profile.csv, ...); is this the right zip or folder?",
            error.Message);
    }

    [Fact]
    public void Import_FolderWithNoneOfTheKnownFiles_ThrowsNamingItAndChangesNothing()
    {
        var folder = _test.Export("photos", (RepoPaths.SilkyRich("Recommendations_Given.csv"), "Recommendations_Given.csv"));
        _test.Folder.Write("photos/readme.txt", "hello");
        var before = _test.TableCounts();

        var error = Assert.Throws<ImportException>(() => _test.Import(folder));

        Assert.Equal(
            $"{folder}: holds none of the files of a LinkedIn data export (Connections.csv, Invitations.csv, messages.csv, Profile.csv, ...); is this the right zip or folder?",
            error.Message);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_MissingPath_ThrowsNamingIt()
    {
        var path = _test.Folder.File("Downloads/Basic_LinkedInDataExport.zip");

        var error = Assert.Throws<ImportException>(() => _test.Import(path));

        Assert.Equal($"{path}: no such file or folder; pass the LinkedIn export zip as downloaded, or the folder it unpacks to", error.Message);
        Assert.Equal("no such file or folder; pass the LinkedIn export zip as downloaded, or the folder it unpacks to", error.Reason);
    }

    [Fact]
    public void Import_CsvThatIsNoExportFile_ThrowsNamingIt()
    {
        var path = _test.Folder.Copy(RepoPaths.SilkyRich("Recommendations_Given.csv"), "Recommendations_Given.csv");

        var error = Assert.Throws<ImportException>(() => _test.Import(path));

        Assert.Equal(
            $"{path}: is not a file of a LinkedIn export this importer knows (Connections.csv, Invitations.csv, messages.csv, Profile.csv, Positions.csv, Education.csv, Skills.csv, Languages.csv, Email Addresses.csv)",
            error.Message);
    }

    public void Dispose() => _test.Dispose();
}
