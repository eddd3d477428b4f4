using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary><c>profile ID|URL PATH|-</c> and <c>import profiles</c>: profiles read into contacts, and what that redrafts.</summary>
public sealed class ProfileCommandTests : IDisposable
{
    private const string Later = "2026-11-30T09:00Z";

    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Profile_PdfOfAPendingInviter_PrintsWhatItReadAndRedraftsTheWelcome()
    {
        await _cli.ImportAndRunAsync();
        var katarzyna = await _cli.ContactIdAsync("Katarzyna Nowak");
        var pdf = Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.pdf");

        var result = await _cli.RunAsync("profile", katarzyna.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "--now", Later);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Katarzyna Nowak (id {katarzyna}): profile read from {pdf}", result.OutputLines[0]);
        Assert.Contains("  Now:       Head of Marketplaces at Casa Bruma", result.OutputLines);
        Assert.Contains("    Especialista en Marketplaces at Tiendas Aurora  2019-10 – 2022-02  Madrid, Comunidad de Madrid, España", result.OutputLines);
        Assert.Matches(@"^draft \d+ redrafted: the analysis changed \(score 0\.00 → ", result.OutputLines[^1]);
        var show = await _cli.JsonAsync("contacts", "show", katarzyna.ToString(System.Globalization.CultureInfo.InvariantCulture));
        JsonContract.AssertContact(show);
        var position = show.GetProperty("positions")[0];
        Assert.Equal(("Casa Bruma", "2024-01", JsonValueKind.Null), (position.GetProperty("company").GetString(), position.GetProperty("start").GetString(), position.GetProperty("end").ValueKind));
        Assert.Equal(2015, show.GetProperty("schools")[1].GetProperty("start").GetInt32());
        Assert.Equal("Polaco", show.GetProperty("languages")[0].GetProperty("language").GetString());
        Assert.StartsWith("Polaca afincada en Madrid", show.GetProperty("about").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_CopiedTextFromStandardInput_IsReadIntoTheContactGivenById()
    {
        await _cli.ImportExampleZipAsync();
        var katarzyna = await _cli.ContactIdAsync("Katarzyna Nowak");
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.txt"));

        var result = await _cli.RunWithInputAsync(text, "profile", katarzyna.ToString(System.Globalization.CultureInfo.InvariantCulture), "-", "--json", "--now", Later);

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal("Casa Bruma", json.GetProperty("contact").GetProperty("company").GetString());
        Assert.Equal(0, json.GetProperty("redrafted").GetArrayLength());
    }

    [Fact]
    public async Task Profile_FileThatIsNotAProfile_ExitsOneNamingTheFileAndStoresNothing()
    {
        await _cli.ImportExampleZipAsync();
        var katarzyna = await _cli.ContactIdAsync("Katarzyna Nowak");
        var invoice = RepoPaths.Profile("invoice.pdf");

        var result = await _cli.RunAsync("profile", katarzyna.ToString(System.Globalization.CultureInfo.InvariantCulture), invoice);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{invoice}: not a LinkedIn profile", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.Error.Count(c => c == '\n'));
        var show = await _cli.JsonAsync("contacts", "show", katarzyna.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, show.GetProperty("positions").GetArrayLength());
    }

    [Fact]
    public async Task Profile_SomeoneElsesProfile_ExitsOneNamingBothUrls()
    {
        await _cli.ImportExampleZipAsync();
        var katarzyna = await _cli.ContactIdAsync("Katarzyna Nowak");
        var olivia = RepoPaths.Profile("olivia-brennan-marsh.pdf");

        var result = await _cli.RunAsync("profile", katarzyna.ToString(System.Globalization.CultureInfo.InvariantCulture), olivia);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{olivia}: is the profile of https://www.linkedin.com/in/olivia-brennan-marsh-4b81a2c7, but contact {katarzyna} (Katarzyna Nowak) is https://www.linkedin.com/in/katarzyna-nowak-b7e2a0; read it into the right contact\n",
            result.Error);
    }

    [Fact]
    public async Task ImportProfiles_Folder_ExitsZeroAndListsTheFilesThatAreNotProfiles()
    {
        var folder = _cli.Folder.Folder("downloads");
        foreach (var name in new[] { "olivia-brennan-marsh.pdf", "lucia-ferrer-almansa.pdf", "invoice.pdf" })
        {
            File.Copy(RepoPaths.Profile(name), Path.Combine(folder, name));
        }

        var result = await _cli.RunAsync("import", "profiles", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$"{folder}: 2 added, 0 updated, 0 unchanged, 1 skipped (2 new contacts)"], result.OutputLines);
        Assert.StartsWith($"{Path.Combine(folder, "invoice.pdf")}: not a LinkedIn profile", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("; file skipped\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportProfiles_NamedFileThatIsDamaged_ExitsOneAndImportsTheOthers()
    {
        var truncated = RepoPaths.Profile("truncated.pdf");
        var lucia = RepoPaths.Profile("lucia-ferrer-almansa.pdf");

        var result = await _cli.RunAsync("import", "profiles", truncated, lucia);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{lucia}: 1 added, 0 updated, 0 unchanged, 0 skipped (1 new contact)"], result.OutputLines);
        Assert.StartsWith($"{truncated}: ", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
