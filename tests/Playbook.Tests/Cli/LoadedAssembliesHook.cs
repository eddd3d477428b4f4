#pragma warning disable CA1050 // A startup hook is found by this exact name, in no namespace.

/// <summary>
/// A .NET startup hook (<c>DOTNET_STARTUP_HOOKS</c> naming this test assembly): the <c>playbook</c> process it is
/// loaded into writes the names of the assemblies it loaded, one a line, to the file named by
/// <see cref="Variable"/> when it exits. How <see cref="Playbook.Tests.Cli.WarmCheckTests"/> sees what a command
/// loads without changing the product.
/// </summary>
internal static class StartupHook
{
    /// <summary>The environment variable naming the file the names are written to.</summary>
    public const string Variable = "PLAYBOOK_TESTS_LOADED_ASSEMBLIES";

    /// <summary>Called by the runtime before the program's Main.</summary>
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } file)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.WriteAllLines(file,
            AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal));
    }
}
