using System.IO.Compression;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Facebook;

public sealed class ImportFacebookCommandTests : IDisposable
{
    private const string Now = "2026-11-30T08:00Z";

    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task ImportFacebook_Download_PrintsALinePerPart()
    {
        var current = FacebookImporterTests.Current;

        var result = await _cli.RunAsync("import", "facebook", current, "--now", Now);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                $"{Path.Combine(current, "connections/friends/your_friends.json")}: 5 added, 0 updated, 0 unchanged, 0 skipped (5 new contacts)",
                $"{Path.Combine(current, "connections/friends/sent_friend_requests.json")}: 0 added, 0 updated, 0 unchanged, 0 skipped (left out: sent friend requests (not friends) 2)",
                $"{Path.Combine(current, "your_activity_across_facebook/messages")}: 8 added, 0 updated, 0 unchanged, 0 skipped (2 new contacts; left out: unsent messages 1, reactions 1, group joins and leaves 1, your messages to groups 1, group messages from people who are not friends 1)",
            ],
            result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task ImportFacebook_ZipCutShort_ExitsOneSayingItIsIncomplete()
    {
        var whole = _cli.Folder.File("whole.zip");
        ZipFile.CreateFromDirectory(FacebookImporterTests.Current, whole);
        var bytes = File.ReadAllBytes(whole);
        var cut = _cli.Folder.Write("facebook-lucia-2026-11-29.zip", bytes[..(bytes.Length / 2)]);

        var result = await _cli.RunAsync("import", "facebook", cut, "--now", Now);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{cut}: is incomplete or not a zip file (the download was cut short", line, StringComparison.Ordinal);
        Assert.EndsWith("request it again from Facebook (Settings → Download your information) and pass the zip as downloaded, or the folder it unpacks to", line, StringComparison.Ordinal);
        var contacts = await _cli.RunAsync("contacts", "--json");
        Assert.DoesNotContain("García", contacts.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFacebook_HtmlDownload_ExitsOneSayingToRequestItInJson()
    {
        var html = RepoPaths.Fixture(Path.Combine("facebook", "html"));

        var result = await _cli.RunAsync("import", "facebook", html, "--now", Now);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{html}: is a download in HTML, which Playbook cannot read; nothing of it was imported; request it again in JSON (Settings → Download your information → Format: JSON)"],
            result.ErrorLines);
    }

    [Fact]
    public async Task ImportFacebook_DamagedConversationFile_ExitsZeroAndListsIt()
    {
        var copy = _cli.Folder.Folder("download");
        foreach (var file in Directory.EnumerateFiles(FacebookImporterTests.Current, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(FacebookImporterTests.Current, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var damaged = Path.Combine(copy, "your_activity_across_facebook/messages/inbox/carlosruiz_10160001/message_1.json");
        File.WriteAllText(damaged, "{\"participants\": [{\"name\": \"Carlos Ruiz\"}], \"messages\": [ {\"sender_name\": tru");

        var result = await _cli.RunAsync("import", "facebook", copy, "--now", Now);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{damaged}: damaged at line 1, column ", line, StringComparison.Ordinal);
        Assert.EndsWith("; the rest of the download imported; file skipped", line, StringComparison.Ordinal);
        Assert.Contains("6 added", result.OutputLines[2], StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
