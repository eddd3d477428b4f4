using Playbook.Tui.Cli;

namespace Playbook.Tests.Support;

/// <summary>
/// Runs the command line in-process with its own HOME and XDG folders in a temp folder, so that the default
/// store and config.yaml are the sandbox's and never the user's.
/// </summary>
internal sealed class CliSandbox : IDisposable
{
    private readonly Dictionary<string, string?> _environment;

    public CliSandbox()
    {
        Folder = new TempFolder();
        _environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["HOME"] = Folder.Folder("home"),
            ["XDG_DATA_HOME"] = Folder.Folder("data"),
            ["XDG_CONFIG_HOME"] = Folder.Folder("config"),
            ["XDG_CACHE_HOME"] = Folder.Folder("cache"),
        };
    }

    public TempFolder Folder { get; }

    /// <summary>The store used when neither --db nor PLAYBOOK_DB names one.</summary>
    public string DefaultDatabase => System.IO.Path.Combine(Folder.Path, "data", "playbook", "playbook.db");

    /// <summary>The settings file of this sandbox.</summary>
    public string ConfigFile => System.IO.Path.Combine(Folder.Path, "config", "playbook", "config.yaml");

    /// <summary>Sets (or with null removes) an environment variable the command line sees.</summary>
    public void Set(string name, string? value) => _environment[name] = value;

    /// <summary>Writes config.yaml into the sandbox's XDG config folder.</summary>
    public void WriteConfig(string yaml)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(ConfigFile)!);
        File.WriteAllText(ConfigFile, yaml);
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs the command line with <paramref name="input"/> as its standard input.</summary>
    public async Task<CliResult> RunWithInputAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PlaybookCli.RunAsync(args, reader, output, error, name => _environment.GetValueOrDefault(name), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Folder.Dispose();
}
