using System.Globalization;
using System.Text.RegularExpressions;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting;

/// <summary>
/// A playbook script (<c>.csx</c>) to compile with the conditions: its file and every file it <c>#load</c>s, in the
/// order they run (loaded files first, each once), read when the catalog loads, so the cache key covers them all.
/// </summary>
/// <param name="Key">What names the script among everything compiled together: <c>script:</c> and its path.</param>
/// <param name="File">The script's path.</param>
/// <param name="Files">The loaded files then the script itself, each path with its text.</param>
/// <param name="Problems">What is wrong with the <c>#load</c>s (a missing file, a cycle, a file outside the script's folder): the script is not compiled.</param>
public sealed partial record ScriptSource(string Key, string File, IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<Problem> Problems)
{
    /// <summary>The prefix of a script's key.</summary>
    public const string KeyPrefix = "script:";

    /// <summary>The extension of playbook scripts.</summary>
    public const string Extension = ".csx";

    /// <summary>The largest script file (the script, or a file it loads), in bytes.</summary>
    public const int MaxFileLength = 256 * 1024;

    /// <summary>
    /// Reads <paramref name="file"/> and the files it loads, with <c>#load "helpers.csx"</c> resolved next to each file.
    /// A script may load only <c>.csx</c> files inside its own folder (the playbooks folder) and its subfolders: any
    /// other <c>#load</c> is refused before the file is read, so that <c>check</c>, which compiles untrusted scripts,
    /// can never be made to print another file's content in its errors.
    /// </summary>
    public static ScriptSource Read(string file)
    {
        var files = new List<(string, string)>();
        var problems = new List<Problem>();
        var key = KeyPrefix + file;
        var full = Path.GetFullPath(file);
        var root = Path.GetDirectoryName(full)!;
        if (Refusal(full, root) is { } refused)
        {
            problems.Add(Problem.Diagnostic(file, 1, 1, ProblemCodes.LoadRefused, refused, key));
            return new ScriptSource(key, file, files, problems);
        }

        Visit(full, file, root, files, [], problems, key);
        return new ScriptSource(key, file, files, problems);
    }

    /// <summary>The paths <paramref name="text"/> loads, as written, with the line and column (of the path) of each.</summary>
    public static IEnumerable<(string Path, int Line, int Column)> Loads(string text)
    {
        var line = 0;
        foreach (var row in text.ReplaceLineEndings("\n").Split('\n'))
        {
            line++;
            var match = LoadDirective().Match(row);
            if (match.Success)
            {
                yield return (match.Groups["path"].Value, line, match.Groups["path"].Index + 1);
            }
        }
    }

    private static void Visit(string full, string shown, string root, List<(string, string)> files, HashSet<string> visiting, List<Problem> problems, string key)
    {
        if (files.Any(f => string.Equals(Path.GetFullPath(f.Item1), full, StringComparison.Ordinal)))
        {
            return;
        }

        if (!visiting.Add(full))
        {
            problems.Add(Problem.Diagnostic(shown, 1, 1, ProblemCodes.LoadCycle, $"'{shown}' loads itself through its #load lines; remove the cycle", key));
            return;
        }

        string text;
        try
        {
            var length = new FileInfo(full).Length;
            if (length > MaxFileLength)
            {
                problems.Add(Problem.Diagnostic(shown, 1, 1, ProblemCodes.LoadRefused, string.Create(CultureInfo.InvariantCulture,
                    $"the file has {length:N0} bytes; a script file may have at most {MaxFileLength:N0}"), key));
                return;
            }

            text = System.IO.File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Diagnostic(shown, 1, 1, ProblemCodes.LoadMissing, $"cannot be read: {e.Message}", key));
            return;
        }

        foreach (var (path, line, column) in Loads(text))
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, path));
            var targetShown = Path.Combine(Path.GetDirectoryName(shown) ?? "", path);
            if (Refusal(target, root) is { } refused)
            {
                problems.Add(Problem.Diagnostic(shown, line, column, ProblemCodes.LoadRefused, $"#load \"{path}\": {refused}", key));
                continue;
            }

            if (!System.IO.File.Exists(target))
            {
                problems.Add(Problem.Diagnostic(shown, line, column, ProblemCodes.LoadMissing, $"#load \"{path}\": there is no such file next to '{Path.GetFileName(shown)}'", key));
                continue;
            }

            Visit(target, targetShown, root, files, visiting, problems, key);
        }

        visiting.Remove(full);
        files.Add((shown, text));
    }

    /// <summary>
    /// Why <paramref name="path"/> may not be read as a script of the folder <paramref name="root"/>, or null when it may:
    /// a script is a <c>.csx</c> file inside that folder or its subfolders, and a link must lead to one.
    /// </summary>
    private static string? Refusal(string path, string root)
    {
        const string Rule = "a script may load only .csx files inside its own folder and its subfolders";
        if (!path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) || !IsInside(path, root))
        {
            return Rule;
        }

        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                && (!target.FullName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) || !IsInside(target.FullName, root)))
            {
                return "it is a link to a file that is not a .csx file inside the script's folder; " + Rule;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A link that cannot be followed is a file that cannot be read, which reading it says.
        }

        return null;
    }

    private static bool IsInside(string path, string root)
    {
        var folder = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(folder, comparison);
    }

    [GeneratedRegex("""^\s*#load\s+"(?<path>[^"]+)"\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex LoadDirective();
}
