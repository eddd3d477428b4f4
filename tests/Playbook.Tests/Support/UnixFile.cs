namespace Playbook.Tests.Support;

/// <summary>Unix file modes, for the facts that check them.</summary>
internal static class UnixFile
{
    public static UnixFileMode Mode(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("Unix file modes only") : File.GetUnixFileMode(path);
}
