using Playbook.Tests.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// The playbook scripts of <c>examples/scripts</c> as a user meets them: checked, refused until trusted,
/// then run over the example export: industry scoring, an A/B welcome recorded on the draft's variant, a reconnect cadence.
/// </summary>
public sealed class ScriptExamplesTests : IDisposable
{
    private static readonly string Scripts = Path.Combine(RepoPaths.Examples, "scripts");
    private static readonly string[] Files = ["industry-scoring.csx", "reconnect.csx", "welcome-ab.csx"];
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Examples_CheckedRefusedTrustedThenRun_DoWhatTheySay()
    {
        _cli.WriteConfig(File.ReadAllText(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml")));
        await _cli.ImportExampleZipAsync();

        var check = await _cli.RunAsync("check", "--playbooks", Scripts);
        var refused = await _cli.RunAsync("run", "--playbooks", Scripts, "--now", RuntimeTestData.Monday, "--dry-run");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.All(Files, f => Assert.Contains($"{Path.Combine(Scripts, f)} compiles; it runs once trusted: playbook trust {Path.Combine(Scripts, f)}", check.Output, StringComparison.Ordinal));
        Assert.Equal(1, refused.ExitCode);
        Assert.All(Files, f => Assert.Contains($"{Path.Combine(Scripts, f)}: the script is not trusted; after reading it, run 'playbook trust {Path.Combine(Scripts, f)}' to let it run", refused.Error, StringComparison.Ordinal));

        foreach (var file in Files)
        {
            var trust = await _cli.RunAsync("trust", Path.Combine(Scripts, file));
            Assert.True(trust.ExitCode == 0, trust.ToString());
        }

        var run = await _cli.RunAsync("run", "--playbooks", Scripts, "--now", RuntimeTestData.Monday, "--playbook", "industry-scoring", "--playbook", "welcome-ab");

        Assert.True(run.ExitCode == 0, run.ToString());
        var tasks = (await _cli.JsonAsync("tasks")).Strings("text");
        Assert.Contains("Write to Elena first: retail, find e-commerce clients", tasks);
        Assert.Contains(tasks, t => t!.StartsWith("Write to Hannah first: agency", StringComparison.Ordinal));
        var drafts = (await _cli.JsonAsync("drafts")).EnumerateArray().ToList();
        Assert.All(drafts, d => Assert.Equal(d.GetProperty("template").GetString(), d.GetProperty("variant").GetString()));
        Assert.Equal(["welcome", "welcome-short"], drafts.Select(d => d.GetProperty("variant").GetString()).Distinct().Order());

        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        await _cli.RunAsync("contacts", "tag", elena.ToString(System.Globalization.CultureInfo.InvariantCulture), "do-not-contact");
        var tick = await _cli.RunAsync("tick", "--playbooks", Scripts, "--now", "2027-06-30T08:00Z");

        Assert.True(tick.ExitCode == 0, tick.ToString());
        var reconnect = (await _cli.JsonAsync("tasks")).EnumerateArray().Where(t => t.GetProperty("text").GetString()!.StartsWith("Reconnect with", StringComparison.Ordinal)).ToList();
        Assert.True(reconnect.Count > 100, $"{reconnect.Count} reconnect tasks");
        Assert.DoesNotContain(reconnect, t => t.GetProperty("contactId").GetInt64() == elena);
    }

    [Fact]
    public async Task Trust_ThenEdit_TheRunRefusesAgainUntilTrustedAgain()
    {
        var folder = _cli.Folder.Folder("playbooks");
        var script = Path.Combine(folder, "hello.csx");
        File.WriteAllText(script, "Declare(\"hello\").On(EventKinds.InvitationReceived).Tag(\"tag\", \"hello\");\n");
        await _cli.ImportExampleZipAsync();
        await _cli.RunAsync("trust", script);

        File.AppendAllText(script, "// edited\n");
        var run = await _cli.RunAsync("run", "--playbooks", folder, "--now", RuntimeTestData.Monday);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{script}: the script is not trusted", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"hello\"", (await _cli.RunAsync("runs", "--json")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewScript_WritesAStarterThatCompiles()
    {
        var created = await _cli.RunAsync("new", "script", "warm-welcome");
        var again = await _cli.RunAsync("new", "script", "warm-welcome");
        var check = await _cli.RunAsync("check");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("warm-welcome.csx compiles; it runs once trusted", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trust_AYamlFileOrAMissingOne_ExitsOneSayingWhy()
    {
        var yaml = await _cli.RunAsync("trust", "welcome.yaml");
        var missing = await _cli.RunAsync("trust", "nowhere.csx");

        Assert.Equal((1, "playbook: welcome.yaml: only playbook scripts (.csx) need trust; YAML playbooks run without it\n"), (yaml.ExitCode, yaml.Error));
        Assert.Equal((1, "playbook: nowhere.csx: no such file\n"), (missing.ExitCode, missing.Error));
    }

    public void Dispose() => _cli.Dispose();
}
