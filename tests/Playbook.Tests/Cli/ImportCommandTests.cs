using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task ImportLinkedin_Export_PrintsOneLinePerFile()
    {
        var export = Export2023();

        var result = await _cli.RunAsync("import", "linkedin", export);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Connections.csv: 3 added, 0 updated, 0 unchanged, 0 skipped (3 new contacts; left out: hidden profiles 1)",
                "Invitations.csv: 2 added, 0 updated, 0 unchanged, 0 skipped (1 new contact)",
                "messages.csv: 4 added, 0 updated, 0 unchanged, 0 skipped (left out: sponsored or 'LinkedIn Member' mail 2, spam 1)",
            ],
            result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task ImportVcard_NewFactsAboutAContactWithAPendingWelcome_RedraftsItAndSaysSo()
    {
        await _cli.ImportAndRunAsync();
        var card = _cli.Folder.Write("elena.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elena Moreno Díaz\r\nN:Moreno Díaz;Elena;;;\r\nORG:Tiendas Aurora\r\n"
            + "URL:https://www.linkedin.com/in/elena-moreno-diaz-0b7a55\r\nEND:VCARD\r\n");

        var result = await _cli.RunAsync("import", "vcard", card, "--now", "2026-11-30T09:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                $"{card}: 0 added, 1 updated, 0 unchanged, 0 skipped",
                "draft 1 redrafted: the analysis changed (score 0.10 → 0.45; now in common: Tiendas Aurora)",
            ],
            result.OutputLines);
        var drafts = await _cli.RunAsync("drafts", "--now", "2026-11-30T09:00Z");
        Assert.Contains("los dos hemos pasado por Tiendas Aurora", drafts.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportLinkedin_SameExportAgain_PrintsNothingAdded()
    {
        var export = Export2023();
        await _cli.RunAsync("import", "linkedin", export);

        var result = await _cli.RunAsync("import", "linkedin", export);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Connections.csv: 0 added, 0 updated, 3 unchanged, 0 skipped (left out: hidden profiles 1)",
                "Invitations.csv: 0 added, 0 updated, 2 unchanged, 0 skipped",
                "messages.csv: 0 added, 0 updated, 4 unchanged, 0 skipped (left out: sponsored or 'LinkedIn Member' mail 2, spam 1)",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task ImportLinkedin_Now_StampsTheContactsItCreates()
    {
        await _cli.RunAsync("import", "linkedin", RepoPaths.OrgSignal("2023_Connections.csv"), "--now", "2026-11-30T08:00Z");

        var result = await _cli.RunAsync("events", "--kind", "contact.imported", "--json");

        var imported = result.Json();
        Assert.Equal(3, imported.GetArrayLength());
        Assert.All(imported.Strings("at"), at => Assert.Equal("2026-11-30T08:00:00+00:00", at));
        Assert.All(imported.Strings("body"), body => Assert.Equal("from linkedin", body));
    }

    [Fact]
    public async Task ImportLinkedin_SkippedRows_ExitsZeroListingEachOnStderr()
    {
        var path = _cli.Folder.Write("export/Connections.csv", """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ana,García,https://www.linkedin.com/in/ana-garcia,,Contoso,CTO,01 Jul 2022
            Ravi,Menon,https://www.linkedin.com/in/ravi-menon,Litware,CTO,01 Jul 2022
            Priya,Raman,https://www.linkedin.com/in/priya-raman,,Fabrikam,Analyst,yesterday
            """);

        var result = await _cli.RunAsync("import", "linkedin", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Connections.csv: 1 added, 0 updated, 0 unchanged, 2 skipped (1 new contact)"], result.OutputLines);
        Assert.Equal(
            [
                "Connections.csv(3): has 6 fields where the header has 7; check the quotes and commas on this row; row skipped",
                "Connections.csv(4): 'Connected On' is 'yesterday', not a date like '08 Feb 2026'; row skipped",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task ImportLinkedin_FileThatCannotBeRead_ExitsOneNamingItAndImportsTheOthers()
    {
        var export = _cli.Folder.Folder("export");
        File.Copy(RepoPaths.OrgSignal("2023_Invitations.csv"), Path.Combine(export, "Invitations.csv"));
        var bytes = new byte[10_000];
        new Random(9).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(export, "Connections.csv"), bytes);

        var result = await _cli.RunAsync("import", "linkedin", export);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["Invitations.csv: 2 added, 0 updated, 0 unchanged, 0 skipped (2 new contacts)"], result.OutputLines);
        Assert.Equal(
            "Connections.csv: has no header row starting 'First Name,Last Name,...,Connected On'; is it the file LinkedIn exports under that name?\n",
            result.Error);
    }

    [Fact]
    public async Task ImportLinkedin_MissingPath_ExitsOneWithOneLine()
    {
        var path = _cli.Folder.File("nowhere.zip");

        var result = await _cli.RunAsync("import", "linkedin", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}: no such file or folder; pass the LinkedIn export zip as downloaded, or the folder it unpacks to\n", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task ImportLinkedin_RandomBytesNamedZip_ExitsOneWithOneLine()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        var path = _cli.Folder.Write("export.zip", bytes);

        var result = await _cli.RunAsync("import", "linkedin", path);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{path}: is not a readable zip file (", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportLinkedin_Json_PrintsTheReport()
    {
        var path = _cli.Folder.Write("export/Connections.csv", """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ana,García,https://www.linkedin.com/in/ana-garcia,,Contoso,CTO,01 Jul 2022
            Priya,Raman,https://www.linkedin.com/in/priya-raman,,Fabrikam,Analyst,yesterday
            ,,,,,,07 Jun 2022
            """);

        var result = await _cli.RunAsync("import", "linkedin", path, "--json");

        Assert.Equal(0, result.ExitCode);
        var report = result.Json();
        Assert.Equal(path, report.GetProperty("source").GetString());
        var file = Assert.Single(report.GetProperty("files").EnumerateArray());
        Assert.Equal("Connections.csv", file.GetProperty("file").GetString());
        Assert.Equal(1, file.GetProperty("added").GetInt32());
        Assert.Equal(1, file.GetProperty("skipped").GetInt32());
        Assert.Equal(1, file.GetProperty("contactsCreated").GetInt32());
        Assert.Equal(1, file.GetProperty("ignored").GetProperty("hidden profiles").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, file.GetProperty("error").ValueKind);
        var skip = Assert.Single(file.GetProperty("skips").EnumerateArray());
        Assert.Equal(3, skip.GetProperty("line").GetInt64());
        Assert.Equal("'Connected On' is 'yesterday', not a date like '08 Feb 2026'", skip.GetProperty("reason").GetString());
    }

    private string Export2023()
    {
        var export = _cli.Folder.Folder("export");
        File.Copy(RepoPaths.OrgSignal("2023_Connections.csv"), Path.Combine(export, "Connections.csv"));
        File.Copy(RepoPaths.OrgSignal("2023_Invitations.csv"), Path.Combine(export, "Invitations.csv"));
        File.Copy(RepoPaths.OrgSignal("2023_messages.csv"), Path.Combine(export, "messages.csv"));
        return export;
    }

    public void Dispose() => _cli.Dispose();
}
