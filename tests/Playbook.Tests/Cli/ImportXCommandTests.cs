using Playbook.Tests.Import.X;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class ImportXCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task ImportX_Archive_PrintsALinePerFile()
    {
        var result = await _cli.RunAsync("import", "x", XArchives.Zip(_cli.Folder));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "data/direct-messages.js: 3 added, 0 updated, 0 unchanged, 0 skipped (2 new contacts; left out: reactions 1)",
                "data/direct-messages-part1.js: 4 added, 0 updated, 0 unchanged, 0 skipped (2 new contacts)",
                "data/direct-messages-group.js: 2 added, 0 updated, 0 unchanged, 0 skipped (1 new contact; left out: joins and leaves of a group 3, reactions 1, your messages to groups 1)",
                "data/follower.js: 0 added, 2 updated, 0 unchanged, 0 skipped (left out: accounts that are not contacts 2)",
                "data/following.js: 0 added, 1 updated, 0 unchanged, 0 skipped (left out: accounts that are not contacts 1)",
            ],
            result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task ImportX_ThenContactsShowByXId_ShowsTheConversation()
    {
        await _cli.RunAsync("import", "x", XArchives.Folder);

        var result = await _cli.RunAsync("contacts", "show", "x:2847561930", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var contact = result.Json();
        Assert.Equal("Pedro Sánchez-Olmo", contact.GetProperty("fullName").GetString());
        var channels = contact.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("channel").GetString()).Where(c => c is not null).ToList();
        Assert.Equal(["x", "x"], channels);
    }

    [Fact]
    public async Task ImportX_ZipCutShort_ExitsOneWithOneLineAndStoresNothing()
    {
        var zip = XArchives.Zip(_cli.Folder);
        var bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, bytes[..(bytes.Length / 2)]);

        var result = await _cli.RunAsync("import", "x", zip);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{zip}: is incomplete: the zip ends before its table of contents", line, StringComparison.Ordinal);
        var contacts = await _cli.RunAsync("contacts", "--json");
        Assert.Equal(0, contacts.Json().GetArrayLength());
    }

    [Fact]
    public async Task ImportX_DamagedPart_ExitsZeroListingItWithItsPosition()
    {
        var folder = XArchives.With(_cli.Folder, "direct-messages-group.js", "window.YTD.direct_messages_group.part0 = [ { \"dmConversation\" : [ } ]");

        var result = await _cli.RunAsync("import", "x", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "data/direct-messages-group.js: is damaged at line 1, column 67 ('}' is an invalid start of a value); nothing of it was imported, the rest was; file skipped",
            Assert.Single(result.ErrorLines));
    }

    public void Dispose() => _cli.Dispose();
}
