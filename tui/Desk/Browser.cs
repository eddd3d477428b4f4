using System.ComponentModel;
using System.Diagnostics;

namespace Playbook.Tui.Desk;

/// <summary>Opens a URL with the desktop's browser (xdg-open, open, or the shell on Windows).</summary>
internal static class Browser
{
    public static bool TryOpen(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(uri.AbsoluteUri) { UseShellExecute = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", uri.AbsoluteUri)
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                };
            using var process = Process.Start(start);
            // xdg-open hands the URL to the browser and exits; its exit code says whether anything could open it.
            return process is not null && (!process.WaitForExit(TimeSpan.FromSeconds(3)) || process.ExitCode == 0);
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
