using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Problems;
using Playbook.Tests.Support;
using Xunit.Abstractions;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Mutates the built-in playbooks, the playbooks of docs/playbooks.md and the example settings the way broken and
/// hostile files come (lines deleted, duplicated and swapped, tabs, byte order marks, bytes that are not UTF-8, deep
/// nesting, alias tricks, very long values, huge durations, stray document markers and brackets, cut files), and loads
/// each: a playbook through the loader and, a batch at a time, through the catalog; the settings through their reader.
/// Nothing may escape as an exception, every problem names its file and a line (or the whole file), and a built-in no
/// mutated file claims still loads. A fixed seed: a failure is reproduced by running the test again.
/// </summary>
public sealed class PlaybookFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261130;
    private const int Cases = 400;
    private const int Batches = 4;

    private static readonly string[] BuiltInNames = ["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome"];

    private readonly TempFolder _folder = new();

    [Fact]
    public void Load_MutatedPlaybooksAndSettings_NeverThrowPositionEveryProblemAndKeepTheOtherBuiltIns()
    {
        var random = new Random(Seed);
        var playbooks = FileMutations.Playbooks();
        var settings = new[]
        {
            ("config.yaml", File.ReadAllText(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml"))),
            ("reply-rules.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "engine", "Analysis", "Replies", "reply-rules.yaml"))),
        };
        var problems = 0;
        var crashes = new List<string>();
        var batches = Enumerable.Range(0, Batches).Select(_ => new List<(string File, LoadResult Parsed)>()).ToList();

        for (var i = 0; i < Cases; i++)
        {
            var isSettings = i % 8 == 7;
            var (name, text) = isSettings ? settings[random.Next(settings.Length)] : playbooks[random.Next(playbooks.Count)];
            var bytes = FileMutations.Mutate(text, random, out var how);
            var what = $"case {i} ({name}: {how})";
            try
            {
                problems += isSettings ? LoadSettings(name, bytes, what) : LoadPlaybook(i, name, bytes, what, batches[i % Batches]);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                crashes.Add($"{what}: {e.GetType().Name}: {e.Message}");
            }
        }

        foreach (var batch in batches)
        {
            try
            {
                problems += LoadCatalog(batch);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                crashes.Add($"catalog of {string.Join(", ", batch.Select(b => Path.GetFileName(b.File)))}: {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"cases: {Cases} ({playbooks.Count} playbooks and {settings.Length} settings files mutated, seed {Seed}); "
            + $"catalog loads: {Batches}; problems found: {problems}; crashes: {crashes.Count}");
        Assert.True(crashes.Count == 0, string.Join('\n', crashes.Take(10)));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>One mutated playbook through the loader, written to the batch's folder for the catalog.</summary>
    private int LoadPlaybook(int index, string source, byte[] bytes, string what, List<(string File, LoadResult Parsed)> batch)
    {
        // The first mutation of a built-in in each batch keeps its file name, so that it claims the built-in's name.
        var stem = Path.GetFileNameWithoutExtension(source);
        var name = BuiltInNames.Contains(stem) && !batch.Any(b => Path.GetFileName(b.File) == source) ? source : $"case-{index:D3}.yaml";
        var file = _folder.Write(Path.Combine($"batch-{index % Batches}", name), bytes);

        var parsed = PlaybookLoader.Load(file);

        AssertPositioned(parsed.Problems, [file], what);
        batch.Add((file, parsed));
        return parsed.Problems.Count;
    }

    /// <summary>A batch of mutated playbooks as one user folder beside the built-ins.</summary>
    private static int LoadCatalog(List<(string File, LoadResult Parsed)> batch)
    {
        var folder = Path.GetDirectoryName(batch[0].File)!;
        var claimed = batch.SelectMany(b => b.Parsed.Rejected.Select(r => r.Name)).ToHashSet(StringComparer.Ordinal);
        var valid = batch.SelectMany(b => b.Parsed.Playbooks.Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = folder });

        var what = $"the catalog of {folder}";
        AssertPositioned(catalog.Problems, [.. batch.Select(b => b.File)], what);
        foreach (var name in BuiltInNames)
        {
            if (valid.Contains(name))
            {
                Assert.True(catalog.Entries.Any(e => e.Definition.Name == name && e.Origin == PlaybookOrigin.User), $"{what}: a user '{name}' should replace the built-in");
            }
            else if (claimed.Contains(name))
            {
                Assert.True(catalog.Withheld.Any(w => w.BuiltIn.Name == name), $"{what}: the built-in '{name}' should be withheld");
            }
            else
            {
                Assert.True(catalog.Find(name)?.SourceFile == $"built-in/{name}.yaml", $"{what}: the built-in '{name}' should load");
            }
        }

        return catalog.Problems.Count;
    }

    /// <summary>Mutated settings through their readers: read, or refused with positioned problems.</summary>
    private int LoadSettings(string name, byte[] bytes, string what)
    {
        var file = _folder.Write(Path.Combine("settings", name), bytes);
        IReadOnlyList<Problem> problems;
        try
        {
            if (name == "config.yaml")
            {
                ConfigLoader.Load(file);
            }
            else
            {
                ReplyRules.Load(file);
            }

            problems = [];
        }
        catch (ConfigException e)
        {
            problems = e.Problems;
        }
        catch (ReplyRulesException e)
        {
            problems = e.Problems;
        }

        AssertPositioned(problems, [file], what);
        return problems.Count;
    }

    private static void AssertPositioned(IEnumerable<Problem> problems, IReadOnlyCollection<string> files, string what)
    {
        foreach (var problem in problems)
        {
            Assert.True(files.Contains(problem.File), $"{what}: '{problem}' names another file");
            Assert.True(problem.Line > 0 && problem.Column > 0 || problem is { Line: 0, Column: 0 }, $"{what}: '{problem}' has no place");
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"{what}: a problem of {problem.File} says nothing");
        }
    }
}
