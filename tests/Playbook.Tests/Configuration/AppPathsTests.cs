using Playbook.Engine.Configuration;

namespace Playbook.Tests.Configuration;

public sealed class AppPathsTests
{
    [Fact]
    public void FromEnvironment_XdgFolders_AreUsed()
    {
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = "/home/ana",
            ["XDG_DATA_HOME"] = "/data",
            ["XDG_CONFIG_HOME"] = "/config",
            ["XDG_CACHE_HOME"] = "/cache",
            ["XDG_STATE_HOME"] = "/state",
        };

        var paths = AppPaths.FromEnvironment(environment.GetValueOrDefault);

        Assert.Equal(Path.Combine("/data", "playbook"), paths.DataFolder);
        Assert.Equal(Path.Combine("/data", "playbook", "playbook.db"), paths.DefaultDatabase);
        Assert.Equal(Path.Combine("/config", "playbook", "config.yaml"), paths.ConfigFile);
        Assert.Equal(Path.Combine("/config", "playbook", "playbooks"), paths.DefaultPlaybooks);
        Assert.Equal(Path.Combine("/cache", "playbook"), paths.CacheFolder);
        Assert.Equal(Path.Combine("/cache", "playbook", "conditions"), paths.ConditionsCache);
        Assert.Equal(Path.Combine("/state", "playbook", "console-history"), paths.ConsoleHistory);
    }

    [Fact]
    public void FromEnvironment_OnlyHomeOrBlankXdg_FallsBackToTheXdgDefaults()
    {
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = "/home/ana",
            ["XDG_DATA_HOME"] = "  ",
        };

        var paths = AppPaths.FromEnvironment(environment.GetValueOrDefault);

        Assert.Equal(Path.Combine("/home/ana", ".local", "share", "playbook"), paths.DataFolder);
        Assert.Equal(Path.Combine("/home/ana", ".config", "playbook"), paths.ConfigFolder);
        Assert.Equal(Path.Combine("/home/ana", ".cache", "playbook"), paths.CacheFolder);
        Assert.Equal(Path.Combine("/home/ana", ".local", "state", "playbook"), paths.StateFolder);
    }

    [Fact]
    public void Constructor_TwoFolders_KeepsTheCacheInsideTheDataFolder()
    {
        var paths = new AppPaths("/data/playbook", "/config/playbook");

        Assert.Equal(Path.Combine("/data/playbook", "cache"), paths.CacheFolder);
        Assert.Equal(Path.Combine("/data/playbook", "cache", "conditions"), paths.ConditionsCache);
    }
}
