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
/// <param name="Problems">What is wrong with the <c>#load</c>s (a missing file, a cycle): the script is not compiled.</param>
public sealed partial record ScriptSource(string Key, string File, IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<Problem> Problems)
{
    /// <summary>The prefix of a script's key.</summary>
    public const string KeyPrefix = "script:";

    /// <summary>The extension of playbook scripts.</summary>
    public const string Extension = ".csx";

    /// <summary>Reads <paramref name="file"/> and the files it loads, with <c>#load "helpers.csx"</c> resolved next to each file.</summary>
    public static ScriptSource Read(string file)
    {
        var files = new List<(string, string)>();
        var problems = new List<Problem>();
        var key = KeyPrefix + file;
        Visit(Path.GetFullPath(file), file, files, [], problems, key);
        return new ScriptSource(key, file, files, problems);
    }

    /// <summary>The paths <paramref name="text"/> loads, as written, with the line of each.</summary>
    public static IEnumerable<(string Path, int Line)> Loads(string text)
    {
        var line = 0;
        foreach (var row in text.ReplaceLineEndings("\n").Split('\n'))
        {
            line++;
            var match = LoadDirective().Match(row);
            if (match.Success)
            {
                yield return (match.Groups["path"].Value, line);
            }
        }
    }

    private static void Visit(string full, string shown, List<(string, string)> files, HashSet<string> visiting, List<Problem> problems, string key)
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
            text = System.IO.File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Diagnostic(shown, 1, 1, ProblemCodes.LoadMissing, $"cannot be read: {e.Message}", key));
            return;
        }

        foreach (var (path, line) in Loads(text))
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, path));
            var targetShown = Path.Combine(Path.GetDirectoryName(shown) ?? "", path);
            if (!System.IO.File.Exists(target))
            {
                problems.Add(Problem.Diagnostic(shown, line, 1, ProblemCodes.LoadMissing, $"#load \"{path}\": there is no such file next to '{Path.GetFileName(shown)}'", key));
                continue;
            }

            Visit(target, targetShown, files, visiting, problems, key);
        }

        visiting.Remove(full);
        files.Add((shown, text));
    }

    [GeneratedRegex("""^\s*#load\s+"(?<path>[^"]+)"\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex LoadDirective();
}
