namespace Playbook.Engine.Configuration;

/// <summary>
/// Where Playbook keeps things, by the XDG base directories: the store in
/// <c>$XDG_DATA_HOME/playbook/</c>, settings and the user's playbooks in <c>$XDG_CONFIG_HOME/playbook/</c>,
/// what can be made again (compiled conditions) in <c>$XDG_CACHE_HOME/playbook/</c>.
/// </summary>
public sealed record AppPaths(string DataFolder, string ConfigFolder)
{
    /// <summary>The environment variable naming the store file.</summary>
    public const string DatabaseVariable = "PLAYBOOK_DB";

    /// <summary>The environment variable naming the user's playbooks folder.</summary>
    public const string PlaybooksVariable = "PLAYBOOK_PLAYBOOKS";

    /// <summary>The store used when neither <c>--db</c> nor <see cref="DatabaseVariable"/> names one.</summary>
    public string DefaultDatabase => Path.Combine(DataFolder, "playbook.db");

    /// <summary>The settings file.</summary>
    public string ConfigFile => Path.Combine(ConfigFolder, "config.yaml");

    /// <summary>The user's own rules for classifying replies, added to the built-in ones.</summary>
    public string ReplyRulesFile => Path.Combine(ConfigFolder, "reply-rules.yaml");

    /// <summary>The playbook scripts the user has trusted, with the hash of the content each was trusted with.</summary>
    public string TrustFile => Path.Combine(ConfigFolder, "trusted.json");

    /// <summary>The playbooks the user switched off.</summary>
    public string SwitchedOffFile => Path.Combine(ConfigFolder, "disabled.json");

    /// <summary>The user's playbooks when neither <c>--playbooks</c> nor <see cref="PlaybooksVariable"/> names a folder.</summary>
    public string DefaultPlaybooks => Path.Combine(ConfigFolder, "playbooks");

    /// <summary>
    /// Where Playbook keeps what it can make again, such as compiled conditions. <see cref="FromEnvironment"/> sets it
    /// from <c>$XDG_CACHE_HOME</c>; paths made from two folders alone keep it in <c>cache/</c> inside <see cref="DataFolder"/>.
    /// </summary>
    public string CacheFolder { get; init; } = Path.Combine(DataFolder, "cache");

    /// <summary>
    /// Where Playbook keeps what it remembers between sessions but could lose, such as the console's history.
    /// <see cref="FromEnvironment"/> sets it from <c>$XDG_STATE_HOME</c> (else <c>~/.local/state</c>); paths made from two
    /// folders alone keep it in <c>state/</c> inside <see cref="DataFolder"/>.
    /// </summary>
    public string StateFolder { get; init; } = Path.Combine(DataFolder, "state");

    /// <summary>The entries typed at <c>playbook console</c> on a terminal, one after another.</summary>
    public string ConsoleHistory => Path.Combine(StateFolder, "console-history");

    /// <summary>Where compiled playbook conditions are kept between commands.</summary>
    public string ConditionsCache => Path.Combine(CacheFolder, "conditions");

    /// <summary>
    /// Makes <see cref="DataFolder"/> (and the folders above it) when missing, readable by its owner only: the default
    /// store's place is made on first use, while a store path the user gives must be in a folder that exists.
    /// </summary>
    public void CreateDataFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(DataFolder);
        }
        else
        {
            Directory.CreateDirectory(DataFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The paths for the environment <paramref name="variable"/> reads from.</summary>
    public static AppPaths FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var home = NonEmpty(variable("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var data = NonEmpty(variable("XDG_DATA_HOME")) ?? Path.Combine(home, ".local", "share");
        var config = NonEmpty(variable("XDG_CONFIG_HOME")) ?? Path.Combine(home, ".config");
        var cache = NonEmpty(variable("XDG_CACHE_HOME")) ?? Path.Combine(home, ".cache");
        var state = NonEmpty(variable("XDG_STATE_HOME")) ?? Path.Combine(home, ".local", "state");
        return new AppPaths(Path.Combine(data, "playbook"), Path.Combine(config, "playbook"))
        {
            CacheFolder = Path.Combine(cache, "playbook"),
            StateFolder = Path.Combine(state, "playbook"),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
