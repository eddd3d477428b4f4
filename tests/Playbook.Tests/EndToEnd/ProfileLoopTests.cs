using System.Globalization;
using Playbook.Tests.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// The daily loop of docs/profiles.md with the built executable: an invitation gets the generic welcome, the person
/// saves the inviter's profile, reads it in, and the welcome is written again with what the profile says.
/// </summary>
public sealed class ProfileLoopTests : IDisposable
{
    private const string Monday = RuntimeTestData.Monday;

    private readonly TempFolder _sandbox = new();
    private readonly PlaybookProcess _playbook;

    public ProfileLoopTests()
    {
        _playbook = new PlaybookProcess(_sandbox);
        _sandbox.Copy(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml"), "config/playbook/config.yaml");
    }

    [Fact]
    public async Task Profile_SavedByThePersonForAPendingInvitation_RedraftsTheWelcomeOnTheSharedEmployer()
    {
        await RunOkAsync("import", "linkedin", RepoPaths.ExampleZip, "--now", Monday);
        await RunOkAsync("run", "--now", Monday);
        var before = await RunOkAsync("drafts", "--now", Monday);
        Assert.Contains("¿Qué te trajo por aquí?", Welcome(before.Output), StringComparison.Ordinal);
        var contacts = await RunOkAsync("contacts", "Katarzyna", "--json");
        var id = contacts.Json()[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var read = await RunOkAsync("profile", id, Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.pdf"), "--now", "2026-11-30T09:00Z");

        Assert.StartsWith($"Katarzyna Nowak (id {id}): profile read from ", read.OutputLines[0], StringComparison.Ordinal);
        Assert.Matches(@"^draft \d+ redrafted: the analysis changed \(score 0\.00 → \d\.\d\d; now in common: Tiendas Aurora, ", read.OutputLines[^1]);
        var after = Welcome((await RunOkAsync("drafts", "--now", "2026-11-30T09:00Z")).Output);
        Assert.Contains("why: score ", after, StringComparison.Ordinal);
        Assert.Contains("former colleague Tiendas Aurora: \"Tiendas Aurora\" in the positions (2019–2023 overlap)", after, StringComparison.Ordinal);
        Assert.Contains("coincidimos en Tiendas Aurora (2019–2023)", after, StringComparison.Ordinal);
        Assert.DoesNotContain("¿Qué te trajo por aquí?", after, StringComparison.Ordinal);
        var journal = await RunOkAsync("journal", await RunOfAsync(id));
        Assert.Contains(journal.OutputLines, l => l.Contains("redrafted", StringComparison.Ordinal) && l.Contains("the analysis changed", StringComparison.Ordinal));
    }

    /// <summary>Katarzyna Nowak's welcome, as <c>playbook drafts</c> prints it.</summary>
    private static string Welcome(string drafts)
    {
        var start = drafts.IndexOf("Katarzyna Nowak", StringComparison.Ordinal);
        var end = drafts.IndexOf("\n#", start, StringComparison.Ordinal);
        return end < 0 ? drafts[start..] : drafts[start..end];
    }

    private async Task<string> RunOfAsync(string contactId)
    {
        var runs = await RunOkAsync("runs", "--contact", contactId, "--json");
        return runs.Json()[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
    }

    private async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await _playbook.RunAsync([.. args, "--db", Path.Combine(_sandbox.Folder("store"), "playbook.db")]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    public void Dispose() => _sandbox.Dispose();
}
