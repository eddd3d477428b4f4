using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>
/// <c>playbook check</c> as a real process, watching which assemblies it loads: once the conditions are in the
/// compile cache and the check has passed once, a check loads neither the compiler (Roslyn), nor the compiled
/// conditions, nor the YAML or template parser, nor a JSON reader; a changed condition is compiled again.
/// </summary>
public sealed class WarmCheckTests : IDisposable
{
    private const string Playbook = """
        schema: 1
        name: warm
        on: invitation.received
        when: contact.Company != null
        steps:
          - id: welcome
            draft: welcome
        """;

    private readonly TempFolder _sandbox = new();
    private readonly PlaybookProcess _playbook;
    private readonly string _loaded;

    public WarmCheckTests()
    {
        _playbook = new PlaybookProcess(_sandbox);
        _loaded = _sandbox.File("loaded.txt");
        _playbook.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        _playbook.Environment[StartupHook.Variable] = _loaded;
    }

    [Fact]
    public async Task Check_WarmCache_LoadsNoCompilerNoConditionsNoParserAndNoJsonReader()
    {
        var cold = await CheckAsync();
        var warm = await CheckAsync();

        Assert.Equal("5 playbooks OK: after-meeting, keep-in-touch, met-at-event, reply-received, welcome\n", warm.Result.Output);
        Assert.Contains("Microsoft.CodeAnalysis.CSharp", cold.Loaded);
        Assert.DoesNotContain(warm.Loaded, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain("Playbook.Conditions", warm.Loaded);
        Assert.DoesNotContain("Parlot", warm.Loaded);
        Assert.DoesNotContain("YamlDotNet", warm.Loaded);
        Assert.DoesNotContain("Fluid", warm.Loaded);
        Assert.DoesNotContain("System.Text.Json", warm.Loaded);
        Assert.DoesNotContain("System.Reflection.Emit", warm.Loaded);
    }

    [Fact]
    public async Task Check_ConditionChangedAfterAWarmCheck_CompilesItAgainAndReportsItsError()
    {
        var file = _sandbox.Write("playbooks/warm.yaml", Playbook + "\n");
        await CheckAsync("--playbooks", _sandbox.File("playbooks"));
        var warm = await CheckAsync("--playbooks", _sandbox.File("playbooks"));
        File.WriteAllText(file, Playbook.Replace("contact.Company != null", "contact.Compny != null", StringComparison.Ordinal) + "\n");

        var changed = await CheckAsync("--playbooks", _sandbox.File("playbooks"));

        Assert.Equal(0, warm.Result.ExitCode);
        Assert.DoesNotContain("Microsoft.CodeAnalysis.CSharp", warm.Loaded);
        Assert.Equal(1, changed.Result.ExitCode);
        Assert.Contains("Microsoft.CodeAnalysis.CSharp", changed.Loaded);
        Assert.StartsWith($"{file}(4,15): error CS1061: ", changed.Result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();

    private async Task<(CliResult Result, string[] Loaded)> CheckAsync(params string[] more)
    {
        File.Delete(_loaded);
        var result = await _playbook.RunAsync(["check", .. more]);
        Assert.True(File.Exists(_loaded), $"the startup hook wrote nothing: {result}");
        return (result, File.ReadAllLines(_loaded));
    }
}
