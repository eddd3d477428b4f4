using System.Globalization;

namespace Playbook.Engine.Store.Opening;

/// <summary>
/// Which other processes have the store open, for the message that says it is busy: on Linux, the processes whose
/// <c>/proc/PID/fd</c> links point at the file. Best effort: elsewhere, or where the system does not let this user
/// look, it finds nothing, and the message goes without it. Nothing here opens the store file itself: closing any
/// descriptor of it would drop the locks SQLite holds on it for this process.
/// </summary>
internal static class StoreHolders
{
    private const int Named = 3;

    /// <summary>The other processes that have <paramref name="path"/> (or its write-ahead log) open: id and command name.</summary>
    public static IReadOnlyList<(int Id, string Name)> Of(string path)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/fd"))
        {
            return [];
        }

        var file = RealPath(path);
        var targets = new HashSet<string>(StringComparer.Ordinal) { file, file + "-wal" };
        var found = new List<(int, string)>();
        foreach (var folder in SafeList(() => Directory.EnumerateDirectories("/proc")))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == Environment.ProcessId)
            {
                continue;
            }

            if (SafeList(() => Directory.EnumerateFileSystemEntries(Path.Combine(folder, "fd"))).Any(fd => LinkTarget(fd) is { } target && targets.Contains(target)))
            {
                found.Add((id, NameOf(folder)));
            }
        }

        return found;
    }

    /// <summary><c>sqlite3 (process 4242) has it open</c>, or null when no process was found.</summary>
    public static string? Describe(IReadOnlyList<(int Id, string Name)> holders)
    {
        if (holders.Count == 0)
        {
            return null;
        }

        var named = holders.Take(Named).Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Name} (process {h.Id})")).ToList();
        if (holders.Count > Named)
        {
            named.Add(string.Create(CultureInfo.InvariantCulture, $"{holders.Count - Named} more"));
        }

        return named.Count == 1 ? named[0] + " has it open" : string.Join(", ", named[..^1]) + " and " + named[^1] + " have it open";
    }

    /// <summary>The path with every symbolic link on the way resolved, as the system shows it in <c>/proc/PID/fd</c>.</summary>
    internal static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            current = target is null || depth > 40 ? next : RealPath(Path.Combine(current, target), depth + 1);
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string NameOf(string processFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processFolder, "comm")).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }

    /// <summary>The entries <paramref name="list"/> gives, stopping quietly where a process ended or may not be looked into.</summary>
    private static IEnumerable<string> SafeList(Func<IEnumerable<string>> list)
    {
        IEnumerator<string> entries;
        try
        {
            entries = list().GetEnumerator();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        using (entries)
        {
            while (true)
            {
                try
                {
                    if (!entries.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    yield break;
                }

                yield return entries.Current;
            }
        }
    }
}
