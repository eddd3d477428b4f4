using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>
/// Playbook tests (<c>NAME.test.yaml</c>, beside the playbooks): contacts, a me-profile and events, then steps that
/// move a virtual clock (run, tick, mark a draft sent or discarded, log a reply) and say what must be true after each.
/// Each test runs against a throwaway store in memory, with the playbooks of a catalog, as <c>run</c> would.
/// </summary>
public static class PlaybookTests
{
    /// <summary>Every problem of the test file <paramref name="source"/>, each at its line and column; none when it is well written.</summary>
    public static IReadOnlyList<Problem> Check(PlaybookSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return TestFileReader.Read(source).Problems;
    }

    /// <summary>
    /// Reads <paramref name="source"/> and, when it has no problem, runs each of its tests with the enabled playbooks of
    /// <paramref name="catalog"/>, on <paramref name="clock"/> (the clock the catalog's templates were loaded with).
    /// </summary>
    public static TestFileResult Run(PlaybookSource source, PlaybookCatalog catalog, VirtualClock clock, TestRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        var file = TestFileReader.Read(source);
        if (file.Problems.Count > 0)
        {
            return new TestFileResult(source.File, file.Problems, []);
        }

        var results = new List<TestResult>();
        foreach (var test in file.Tests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(TestSession.Run(file, test, catalog, clock, options ?? new TestRunOptions()));
        }

        return new TestFileResult(source.File, [], results);
    }

    /// <summary>
    /// The playbook a test file is named after: <c>welcome</c> for <c>welcome.test.yaml</c>. A built-in test whose
    /// playbook the user replaced is not run: it tests the built-in, not the user's.
    /// </summary>
    public static string PlaybookOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file);
        var end = name.LastIndexOf(".test.", StringComparison.OrdinalIgnoreCase);
        return end > 0 ? name[..end] : Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>
    /// The test files at <paramref name="path"/>: the file itself, or a folder's <c>*.test.yaml</c> files (not its
    /// subfolders) in name order. A path that does not exist is a problem.
    /// </summary>
    public static IReadOnlyList<string> FilesAt(string path, List<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        if (Directory.Exists(path))
        {
            return [.. Directory.EnumerateFiles(path).Where(PlaybookLoader.IsTestFile).Order(StringComparer.Ordinal)];
        }

        if (File.Exists(path))
        {
            return [path];
        }

        problems.Add(Problem.ForFile(path, "no such file or folder"));
        return [];
    }

    /// <summary>The test file at <paramref name="path"/>, read; a file that cannot be read or is too large is a problem with it.</summary>
    public static PlaybookSource? Read(string path, List<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            if (Yaml.YamlReader.ReadBytes(path, out var refusal) is { } bytes)
            {
                return new PlaybookSource(path, bytes);
            }

            problems.Add(Problem.ForFile(path, refusal!));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.ForFile(path, $"cannot be read: {e.Message}"));
            return null;
        }
    }
}
