using System.Text;

namespace Playbook.Tui.Presentation;

/// <summary>Files the commands write for the user: readable by the owner only, and never left half-written.</summary>
internal static class PrivateFile
{
    /// <summary>Writes <paramref name="path"/> through a temporary file moved into place once complete; returns what <paramref name="write"/> returns.</summary>
    /// <exception cref="ArgumentException">The file cannot be written (the message names it and says why).</exception>
    public static int Write(string path, Func<TextWriter, int> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".partial";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            int count;
            using (var writer = new StreamWriter(temporary, new UTF8Encoding(false), options))
            {
                count = write(writer);
            }

            File.Move(temporary, full, overwrite: true);
            return count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new ArgumentException($"cannot write {path}: {e.Message}", e);
        }
    }
}
