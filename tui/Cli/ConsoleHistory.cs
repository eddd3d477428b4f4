namespace Playbook.Tui.Cli;

/// <summary>
/// The lines typed at the console on a terminal, kept in a file of the XDG state folder
/// (<c>$XDG_STATE_HOME/playbook/console-history</c>) so that the next session can recall them; readable by the user
/// only. A history that cannot be read or written is no reason to stop the console.
/// </summary>
internal sealed class ConsoleHistory(string file)
{
    /// <summary>How many lines are kept.</summary>
    public const int Kept = 1000;

    /// <summary>The file the lines are kept in.</summary>
    public string File { get; } = file;

    /// <summary>The lines kept, oldest first.</summary>
    public List<string> Load()
    {
        try
        {
            return System.IO.File.Exists(File) ? [.. System.IO.File.ReadLines(File).Where(l => l.Length > 0).TakeLast(Kept)] : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Adds <paramref name="line"/> at the end of the file, making the file and its folder when missing.</summary>
    public void Add(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        try
        {
            var folder = Path.GetDirectoryName(File)!;
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(File, options);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(line.ReplaceLineEndings(" "));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The console goes on without its history.
        }
    }
}
