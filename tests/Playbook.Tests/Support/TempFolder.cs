namespace Playbook.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "playbook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="relative"/> inside the folder (nothing is created).</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Creates (if needed) and returns a subfolder.</summary>
    public string Folder(string relative) => Directory.CreateDirectory(File(relative)).FullName;

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a BOM; creates the folders on the way.</summary>
    public string Write(string relative, string text)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes raw bytes; creates the folders on the way.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="relative"/> inside the folder.</summary>
    public string Copy(string source, string relative)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.Copy(source, path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A process killed by a test may still be letting go of a file; the OS cleans temp eventually.
        }
    }
}
