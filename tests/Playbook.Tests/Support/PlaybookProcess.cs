using System.Diagnostics;

namespace Playbook.Tests.Support;

/// <summary>
/// The built <c>playbook</c> executable (copied beside the tests because they reference the tui project),
/// run as a real process with HOME and the XDG folders pointing into a temp folder.
/// </summary>
internal sealed class PlaybookProcess(TempFolder sandbox)
{
    /// <summary>More environment variables for the process, laid over the sandbox's.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Starts <c>playbook ARGS</c> with stdout and stderr redirected.</summary>
    public Process Start(params string[] args)
    {
        var info = StartInfo();
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start playbook");
    }

    /// <summary>Runs <c>playbook ARGS</c> to the end.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }

    private ProcessStartInfo StartInfo()
    {
        var folder = AppContext.BaseDirectory;
        var appHost = Path.Combine(folder, OperatingSystem.IsWindows() ? "playbook.exe" : "playbook");
        ProcessStartInfo info;
        if (File.Exists(appHost))
        {
            info = new ProcessStartInfo(appHost);
        }
        else
        {
            info = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
            info.ArgumentList.Add(Path.Combine(folder, "playbook.dll"));
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = sandbox.Path;
        info.Environment["HOME"] = sandbox.Folder("home");
        info.Environment["XDG_DATA_HOME"] = sandbox.Folder("data");
        info.Environment["XDG_CONFIG_HOME"] = sandbox.Folder("config");
        info.Environment.Remove("PLAYBOOK_DB");
        info.Environment.Remove("PLAYBOOK_PLAYBOOKS");
        foreach (var (name, value) in Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }
}
