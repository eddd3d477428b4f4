using Playbook.Engine.Import;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.X;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.X;

public sealed class XBadInputTests : IDisposable
{
    private readonly TestStore _test = new();

    private ImportReport Import(string path) => new Importer(_test.Store).Import(new ImportRequest(ExportKind.X, [path]));

    [Fact]
    public void Import_ZipCutShort_IsRefusedAsIncompleteAndStoresNothing()
    {
        var zip = XArchives.Zip(_test.Folder);
        var bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, bytes[..(bytes.Length * 2 / 3)]);
        var before = _test.TableCounts();

        var error = Assert.Throws<ImportException>(() => Import(zip));

        Assert.Equal(zip, error.File);
        Assert.StartsWith("is incomplete: the zip ends before its table of contents", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("the download was cut short, so download the archive again; nothing was imported", error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_FileThatIsNotAZip_SaysSo()
    {
        var path = _test.Write("twitter-2026-11-30-5f1e0c2a9b.zip", "this is a note, not an archive");

        var error = Assert.Throws<ImportException>(() => Import(path));

        Assert.Equal("is not a zip file; pass the X archive zip as downloaded, or the folder it unpacks to; nothing was imported", error.Reason);
    }

    [Fact]
    public void Import_FolderThatIsNotAnArchive_SaysSoAndStoresNothing()
    {
        var folder = _test.Folder.Folder("Downloads");
        _test.Write("Downloads/notes.txt", "hola");
        var before = _test.TableCounts();

        var error = Assert.Throws<ImportException>(() => Import(folder));

        Assert.Equal(
            "is not an X archive: it holds no data/manifest.js or data/account.js; pass the zip X sends (twitter-YYYY-MM-DD-....zip), or the folder it unpacks to; nothing was imported",
            error.Reason);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_NoSuchPath_SaysSo()
    {
        var error = Assert.Throws<ImportException>(() => Import(_test.Folder.File("missing.zip")));

        Assert.StartsWith("no such file or folder", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DamagedPart_IsSkippedWithItsPositionAndTheRestImports()
    {
        var folder = XArchives.With(_test.Folder, "direct-messages-part1.js", """
            window.YTD.direct_messages.part1 = [
              {
                "dmConversation" : {
                  "conversationId" : "987654321-1199000000000000001",
                  "messages" : [ { "messageCreate" : { "id" : "1580000000000000009", } ]
            """);

        var report = Import(folder);

        Assert.False(report.HasFailedFiles);
        var damaged = Assert.Single(report.Skips);
        Assert.Equal("data/direct-messages-part1.js", damaged.File);
        Assert.Equal(0, damaged.Line);
        Assert.StartsWith("is damaged at line 5, column ", damaged.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; nothing of it was imported, the rest was", damaged.Reason, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(report.Files, f => f.File == "data/direct-messages.js").Added);
        Assert.Equal(2, Assert.Single(report.Files, f => f.File == "data/direct-messages-group.js").Added);
        Assert.NotNull(_test.Store.Contacts.FindByIdentity(new Engine.Contacts.NetworkIdentity("x", "2847561930")));
    }

    [Fact]
    public void Import_PartListedInTheManifestButMissing_IsListedAndTheRestImports()
    {
        var folder = XArchives.With(_test.Folder, "direct-messages-part1.js", null);

        var report = Import(folder);

        var missing = Assert.Single(report.Skips);
        Assert.Equal("data/direct-messages-part1.js: is listed in data/manifest.js but missing from the archive; the rest was imported", missing.ToString());
        Assert.Equal(3, _test.Scalar("SELECT count(*) FROM events WHERE channel = 'x' AND source LIKE 'x:dm:157%'"));
    }

    [Fact]
    public void Import_MessageWithAnUnreadableTime_IsSkippedWithItsLine()
    {
        var text = File.ReadAllText(Path.Combine(XArchives.Folder, "data", "direct-messages.js"))
            .Replace("2026-09-20T16:45:03.000Z", "yesterday", StringComparison.Ordinal);
        var folder = XArchives.With(_test.Folder, "direct-messages.js", text);

        var report = Import(folder);

        var skip = Assert.Single(report.Skips);
        Assert.Equal("data/direct-messages.js(54): message 1575000000000000001: its time 'yesterday' cannot be read; it was left out", skip.ToString());
    }

    [Fact]
    public void Import_StringsThatAreNoText_AreReadAsMissingAndTheRestImports()
    {
        // A lone half of a surrogate pair, escaped, and bytes that are not UTF-8: the JSON parses, its strings do not read.
        var text = File.ReadAllText(Path.Combine(XArchives.Folder, "data", "direct-messages.js"))
            .Replace("Hi! Are you still hiring for the Barcelona team?", "Hi \\ud800!", StringComparison.Ordinal);
        var folder = XArchives.With(_test.Folder, "direct-messages.js", text);
        var bytes = File.ReadAllBytes(Path.Combine(folder, "data", "direct-messages.js"));
        var at = bytes.AsSpan().IndexOf("Claro"u8);
        bytes[at] = 0xFF;
        File.WriteAllBytes(Path.Combine(folder, "data", "direct-messages.js"), bytes);

        var report = Import(folder);

        Assert.False(report.HasFailedFiles);
        Assert.Equal(5, _test.ContactCount);
        Assert.Contains(report.Files, f => f.File == "data/direct-messages-part1.js" && f.Added == 4);
    }

    [Fact]
    public void Import_FileOverTheLimit_IsSkippedWithItsSizeAndTheRestImports()
    {
        var folder = XArchives.With(_test.Folder, "direct-messages-part1.js", "");
        using (var file = File.OpenWrite(Path.Combine(folder, "data", "direct-messages-part1.js")))
        {
            file.SetLength(XArchive.MaxFileBytes + 1L);
        }

        var report = Import(folder);

        Assert.Equal(
            "data/direct-messages-part1.js: is 256.0 MB, and a file of an archive may be at most 256 MB; nothing of it was imported, the rest was",
            Assert.Single(report.Skips).ToString());
        Assert.Contains(report.Files, f => f.File == "data/direct-messages.js" && f.Added == 3);
    }

    [Fact]
    public void Import_NoOwnerAnywhere_IsRefused()
    {
        var folder = XArchives.With(_test.Folder, "account.js", null);
        File.WriteAllText(Path.Combine(folder, "data", "manifest.js"), "window.__THAR_CONFIG = { }");

        var error = Assert.Throws<ImportException>(() => Import(folder));

        Assert.StartsWith("names no owner", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DamagedManifest_FindsTheFilesByName()
    {
        var folder = XArchives.With(_test.Folder, "manifest.js", "window.__THAR_CONFIG = { \"userInfo\" : ");

        var report = Import(folder);

        Assert.StartsWith("data/manifest.js: is damaged at line 1", Assert.Single(report.Skips).ToString(), StringComparison.Ordinal);
        Assert.Equal(5, _test.ContactCount);
        Assert.Contains(report.Files, f => f.File == "data/direct-messages-part1.js" && f.Added == 4);
    }

    public void Dispose() => _test.Dispose();
}
