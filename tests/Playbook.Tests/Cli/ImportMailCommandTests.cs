using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class ImportMailCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    private async Task AddContactsAsync()
    {
        var cards = _cli.Folder.Write("people.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\nEMAIL:ana.ruiz@example.es\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nN:Okafor;Ben;;;\r\nEMAIL:ben.okafor@harrowgate.example.co.uk\r\nEND:VCARD\r\n");
        var imported = await _cli.RunAsync("import", "vcard", cards);
        Assert.True(imported.ExitCode == 0, imported.ToString());
    }

    [Fact]
    public async Task ImportMail_MboxWithOwnerInConfig_PrintsWhatWasAddedAndLeftOutAndListsTheDamagedMessage()
    {
        await AddContactsAsync();
        _cli.WriteConfig("me:\n  emails: [marta.soler@example.com]\n");
        var mbox = RepoPaths.Fixture("mail/takeout.mbox");

        var result = await _cli.RunAsync("import", "mail", mbox);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                $"{mbox}: 5 added, 0 updated, 0 unchanged, 1 skipped (left out: newsletters and mailing lists 1, mail with strangers 2, "
                + "mail that only names a contact 1, the owner's mail to himself 1, copies of mail already read 1)",
            ],
            result.OutputLines);
        Assert.Equal($"{mbox}(158): a damaged message: its headers cannot be read; row skipped", result.Error.Trim());
    }

    [Fact]
    public async Task ImportMail_FileThatIsNotMail_ExitsOneNamingIt()
    {
        _cli.WriteConfig("me:\n  emails: [marta.soler@example.com]\n");
        var file = RepoPaths.Fixture("mail/not-mail.mbox");

        var result = await _cli.RunAsync("import", "mail", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}: is not an mbox file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportMail_NoOwnerAddresses_ExitsOneSayingWhereToListThem()
    {
        var file = RepoPaths.Fixture("mail/reply.eml");

        var result = await _cli.RunAsync("import", "mail", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("list your addresses in config.yaml under 'me: emails:'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportMail_FileNotMailAndMissingFileBesideAGoodOne_ExitsOneWithALineForEachAndImportsTheGoodOne()
    {
        await AddContactsAsync();
        _cli.WriteConfig("me:\n  emails: [marta.soler@example.com]\n");
        var notMail = RepoPaths.Fixture("mail/not-mail.mbox");
        var missing = Path.Combine(_cli.Folder.Path, "missing.mbox");
        var eml = RepoPaths.Fixture("mail/reply.eml");

        var result = await _cli.RunAsync("import", "mail", notMail, missing, eml);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{eml}: 1 added, 0 updated, 0 unchanged, 0 skipped"], result.OutputLines);
        Assert.Equal(
            [
                $"{notMail}: is not an mbox file (it does not start with a 'From ' line); nothing of it was imported. Give the mailbox as exported (Takeout's .mbox, a Thunderbird folder file) or .eml files",
                $"{missing}: no such file or folder",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task ImportMail_DamagedFirstMessage_ExitsZeroAndListsItAtLineOne()
    {
        await AddContactsAsync();
        _cli.WriteConfig("me:\n  emails: [marta.soler@example.com]\n");
        var mbox = _cli.Folder.Write("damaged.mbox",
            "From 1@xxx Sat Dec 05 10:00:00 +0000 2026\n\tjunk\n\nFrom 2@xxx Sat Dec 05 18:00:00 +0000 2026\nFrom: Ana Ruiz <ana.ruiz@example.es>\n"
            + "To: marta.soler@example.com\nDate: Sat, 5 Dec 2026 18:00:00 +0100\nMessage-ID: <after-damage@example.es>\nSubject: Re: Intro\n\nThursday it is.\n");

        var result = await _cli.RunAsync("import", "mail", mbox);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$"{mbox}: 1 added, 0 updated, 0 unchanged, 1 skipped"], result.OutputLines);
        Assert.Equal([$"{mbox}(1): a damaged message: its headers cannot be read; row skipped"], result.ErrorLines);
    }

    public void Dispose() => _cli.Dispose();
}
