using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>
/// A check that passed is remembered, and the next check of the same files answers from that; anything the check
/// reads that changed (a playbook, a template, a test file, the switched-off list, the compiled conditions' cache
/// entry) makes it read everything again, and a folder with scripts is never remembered.
/// </summary>
public sealed class PassedCheckTests : IDisposable
{
    private const string Thanks = "schema: 1\nname: thanks\non: meeting\nsteps:\n  - { id: thanks, draft: thanks }\n";
    private const string Ok = "6 playbooks OK: after-meeting, keep-in-touch, met-at-event, reply-received, welcome, thanks\n";

    private readonly CliSandbox _cli = new();
    private readonly string _folder;

    public PassedCheckTests()
    {
        _folder = _cli.Folder.Folder("mine");
        _cli.Folder.Write("mine/thanks.yaml", Thanks);
        _cli.Folder.Write("mine/templates/thanks.liquid", "Thanks, {{ contact.first_name }}!\n");
    }

    private AppPaths Paths => AppPaths.FromEnvironment(name => name switch
    {
        "XDG_CONFIG_HOME" => _cli.Folder.File("config"),
        "XDG_CACHE_HOME" => _cli.Folder.File("cache"),
        "XDG_DATA_HOME" => _cli.Folder.File("data"),
        "HOME" => _cli.Folder.File("home"),
        _ => null,
    });

    private string Checks => Path.Combine(_cli.Folder.Path, "cache", "playbook", "conditions", "checks");

    [Fact]
    public async Task Check_PassedThenAgain_AnswersTheSameFromOneRememberedEntry()
    {
        var first = await CheckAsync();
        var second = await CheckAsync();
        var json = await CheckAsync("--json");

        Assert.Equal((0, Ok, ""), (first.ExitCode, first.Output, first.Error));
        Assert.Equal((0, Ok, ""), (second.ExitCode, second.Output, second.Error));
        Assert.Equal((0, "[]\n"), (json.ExitCode, json.Output));
        Assert.Single(Directory.GetFiles(Checks));
    }

    [Fact]
    public async Task Check_TemplateBrokenAfterAPassedCheck_ReadsItAgainAndReportsTheProblem()
    {
        await CheckAsync();
        var template = _cli.Folder.Write("mine/templates/thanks.liquid", "Thanks {{ contact.first_name\n");

        var result = await CheckAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(template + "(1,29): End of tag '}}' was expected\n", result.Error);
    }

    [Fact]
    public async Task Check_PlaybookChangedAfterAPassedCheck_ReadsItAgainAndReportsTheProblem()
    {
        await CheckAsync();
        var file = _cli.Folder.Write("mine/thanks.yaml", Thanks.Replace("on: meeting", "on: meting", StringComparison.Ordinal));

        var result = await CheckAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}(3,5): unknown trigger 'meting'. Did you mean 'meeting'?\n", result.Error);
    }

    [Fact]
    public async Task Check_PlaybookAddedAfterAPassedCheck_ListsIt()
    {
        await CheckAsync();
        _cli.Folder.Write("mine/nudge.yaml", Thanks.Replace("name: thanks", "name: nudge", StringComparison.Ordinal));

        var result = await CheckAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("7 playbooks OK: after-meeting, keep-in-touch, met-at-event, reply-received, welcome, nudge, thanks\n", result.Output);
    }

    [Fact]
    public async Task Check_CompiledConditionsDeletedAfterAPassedCheck_CompilesThemAgain()
    {
        await CheckAsync();
        var conditions = Path.GetDirectoryName(Checks)!;
        foreach (var entry in Directory.GetFiles(conditions))
        {
            File.Delete(entry);
        }

        var result = await CheckAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(Directory.GetFiles(conditions, "*.manifest"));
    }

    [Fact]
    public void For_SwitchedOffListChanged_IsAnotherEntry()
    {
        var options = CatalogOptions.For(Paths, _folder, TimeProvider.System);
        var before = PassedCheck.For(options, null);
        SwitchedOff.Open(Paths.SwitchedOffFile).Set("thanks", off: true);

        var after = PassedCheck.For(options, null);

        using var catalog = PlaybookCatalog.Load(options);
        before!.Remember(catalog);
        Assert.NotNull(before.Read());
        Assert.Null(after!.Read());
    }

    [Fact]
    public void For_FolderWithAScript_IsNull()
    {
        _cli.Folder.Write("mine/greet.csx", "// what a script loads and whether it is trusted lie outside the folder\n");

        var passed = PassedCheck.For(CatalogOptions.For(Paths, _folder, TimeProvider.System), null);

        Assert.Null(passed);
    }

    [Fact]
    public async Task Check_WithProblems_IsNotRemembered()
    {
        _cli.Folder.Write("mine/broken.yaml", "schema: 1\nname: broken\non: meting\nsteps:\n  - { id: tag, tag: x }\n");

        var first = await CheckAsync();
        var second = await CheckAsync();

        Assert.Equal((1, 1), (first.ExitCode, second.ExitCode));
        Assert.Equal(first.Error, second.Error);
        Assert.False(Directory.Exists(Checks));
    }

    public void Dispose() => _cli.Dispose();

    private Task<CliResult> CheckAsync(params string[] more) => _cli.RunAsync(["check", "--playbooks", _folder, .. more]);
}
