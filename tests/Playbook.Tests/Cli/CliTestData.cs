using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>Stores filled through the command line itself, as a user would.</summary>
internal static class CliTestData
{
    /// <summary>Lucía Peña of the example export, who answered Ana's welcome.</summary>
    public const string Lucia = "https://www.linkedin.com/in/lucia-pena-8b2c41";

    /// <summary>Imports the example export (the folder) into the sandbox's default store.</summary>
    public static async Task ImportExampleAsync(this CliSandbox cli, params string[] extra)
    {
        var result = await cli.RunAsync(["import", "linkedin", RepoPaths.ExampleFolder, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
