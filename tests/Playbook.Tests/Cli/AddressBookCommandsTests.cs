using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>import vcard, import csv, export, contacts duplicates and contacts merge, as a user runs them.</summary>
public sealed class AddressBookCommandsTests
{
    private static string Example(string file) => Path.Combine(RepoPaths.Examples, file);

    [Fact]
    public async Task ImportVcard_AfterTheLinkedInExport_JoinsHannahByProfileUrl()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip);

        var result = await cli.RunAsync("import", "vcard", Example("contacts.vcf"));
        var hannah = (await cli.RunAsync("contacts", "show", "https://www.linkedin.com/in/hannah-becker-seo", "--json")).Json();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{Example("contacts.vcf")}: 2 added, 2 updated, 0 unchanged, 0 skipped (2 new contacts)"], result.OutputLines);
        Assert.Equal(["linkedin", "vcard"], hannah.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("hannah.becker@example.net", hannah.GetProperty("emails")[0].GetString());
        Assert.Equal("Kaufnett GmbH", hannah.GetProperty("company").GetString());
    }

    [Fact]
    public async Task ImportCsv_Twice_AddsNothingTheSecondTime()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip);
        await cli.RunAsync("import", "csv", Example("google-contacts.csv"));
        var before = (await cli.RunAsync("contacts", "--json")).Json().GetArrayLength();

        var again = await cli.RunAsync("import", "csv", Example("google-contacts.csv"));
        var after = (await cli.RunAsync("contacts", "--json")).Json().GetArrayLength();

        Assert.Equal(0, again.ExitCode);
        Assert.Equal([$"{Example("google-contacts.csv")}: 0 added, 0 updated, 11 unchanged, 0 skipped"], again.OutputLines);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Duplicates_ExampleData_ListsLuciaFromLinkedInAndGoogle()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip);
        await cli.RunAsync("import", "csv", Example("google-contacts.csv"));

        var result = await cli.RunAsync("contacts", "duplicates");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.OutputLines.Length);
        Assert.Matches(@"^\d+\s+\d+\s+Lucía Peña\s+Moda Brisa, S\.L\.\s+linkedin / google\s+same name and company$", result.OutputLines[1]);
    }

    [Fact]
    public async Task ImportCsv_WrongFormatGiven_ExitsOneNamingTheFileAndKeepsTheStore()
    {
        using var cli = new CliSandbox();

        var result = await cli.RunAsync("import", "csv", Example("google-contacts.csv"), "--format", "outlook");
        var contacts = await cli.RunAsync("contacts", "--json");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(Example("google-contacts.csv") + ": ", line, StringComparison.Ordinal);
        Assert.Contains("google", line, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, contacts.Json().GetArrayLength());
    }

    [Fact]
    public async Task ImportVcard_RandomBytes_ExitsOneWithOneLineAndStoresNothing()
    {
        using var cli = new CliSandbox();
        var path = cli.Folder.Write("noise.vcf", Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)).ToArray());

        var result = await cli.RunAsync("import", "vcard", path);
        var contacts = await cli.RunAsync("contacts", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{path}: not a vCard file: it does not start with BEGIN:VCARD"], result.ErrorLines);
        Assert.Equal(0, contacts.Json().GetArrayLength());
    }

    [Fact]
    public async Task ImportVcard_MalformedCardInTheMiddle_SkipsItWithItsLineAndImportsTheRest()
    {
        using var cli = new CliSandbox();
        var path = cli.Folder.Write("three.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Whitaker\r\nEND:VCARD\r\n");

        var result = await cli.RunAsync("import", "vcard", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{path}: 2 added, 0 updated, 0 unchanged, 1 skipped (2 new contacts)"], result.OutputLines);
        Assert.Equal([$"{path}(6): card has no name, email or URL; row skipped"], result.ErrorLines);
    }

    [Fact]
    public async Task ExportCsv_ToStandardOutput_WritesTheGoogleHeaderAndEveryContact()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip);

        var result = await cli.RunAsync("export", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("First Name,Middle Name,Last Name,File As,Organization Name,Organization Title,Notes,Labels,", lines[0], StringComparison.Ordinal);
        Assert.Equal(204, lines.Length - 1);
    }

    [Fact]
    public async Task ExportVcard_ToAFile_IsOwnerOnlyAndReportsTheCount()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip);
        var path = cli.Folder.File("out/contacts.vcf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var result = await cli.RunAsync("export", "vcard", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"Exported 204 contacts to {path}"], result.ErrorLines);
        Assert.Equal(204, File.ReadLines(path).Count(l => l == "BEGIN:VCARD"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task DuplicatesAndMerge_SameNameAndCompanyFromTwoSources_BecomeOneContact()
    {
        using var cli = new CliSandbox();
        var csv = cli.Folder.Write("people.csv",
            "First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Labels\r\n" +
            "Lucía,Peña,Moda Brisa,Work,lucia@example.org,* myContacts ::: client\r\n");
        var vcf = cli.Folder.Write("people.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Pena;Lucia;;;\r\nORG:Moda Brisa\r\nTEL:+34 600 000 000\r\nEND:VCARD\r\n");
        await cli.RunAsync("import", "csv", csv);
        await cli.RunAsync("import", "vcard", vcf);

        var duplicates = (await cli.RunAsync("contacts", "duplicates", "--json")).Json();
        var pair = Assert.Single(duplicates.EnumerateArray().ToList());
        var first = pair.GetProperty("first").GetProperty("id").GetInt64();
        var second = pair.GetProperty("second").GetProperty("id").GetInt64();
        var merged = await cli.RunAsync("contacts", "merge", first.ToString(System.Globalization.CultureInfo.InvariantCulture), second.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        var after = (await cli.RunAsync("contacts", "--json")).Json();

        Assert.Equal(0, merged.ExitCode);
        var contact = Assert.Single(after.EnumerateArray().ToList());
        Assert.Equal(first, contact.GetProperty("id").GetInt64());
        Assert.Equal(["google", "vcard"], contact.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("lucia@example.org", contact.GetProperty("emails")[0].GetString());
        Assert.Equal("+34 600 000 000", contact.GetProperty("phones")[0].GetString());
        Assert.Equal(JsonValueKind.Array, (await cli.RunAsync("contacts", "duplicates", "--json")).Json().ValueKind);
        Assert.Equal(0, (await cli.RunAsync("contacts", "duplicates", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task Merge_ContactWithItself_ExitsOne()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip);

        var result = await cli.RunAsync("contacts", "merge", "1", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("playbook: cannot merge contact 1 with itself", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
