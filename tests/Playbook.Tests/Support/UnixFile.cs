namespace Playbook.Tests.Support;

/// <summary>Unix file modes, for the facts that check them.</summary>
internal static class UnixFile
{
    public static UnixFileMode Mode(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("Unix file modes only") : File.GetUnixFileMode(path);

    /// <summary>Sets the mode of a file or folder (a store made read-only, a folder write-protected).</summary>
    public static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Unix file modes only");
        }

        File.SetUnixFileMode(path, mode);
    }
}
