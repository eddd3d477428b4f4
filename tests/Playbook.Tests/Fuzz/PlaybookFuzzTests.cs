using System.Text;
using System.Text.RegularExpressions;
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
public sealed partial class PlaybookFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261130;
    private const int Cases = 400;
    private const int Batches = 4;

    private static readonly string[] BuiltInNames = ["keep-in-touch", "met-at-event", "reply-received", "welcome"];

    private readonly TempFolder _folder = new();

    [Fact]
    public void Load_MutatedPlaybooksAndSettings_NeverThrowPositionEveryProblemAndKeepTheOtherBuiltIns()
    {
        var random = new Random(Seed);
        var playbooks = Sources();
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
            var bytes = Mutate(text, random, out var how);
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

    /// <summary>The playbooks to mutate: the built-ins and those of docs/playbooks.md.</summary>
    private static List<(string Name, string Text)> Sources()
    {
        var builtIns = Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "playbooks.md")).ReplaceLineEndings("\n");
        var examples = YamlBlock().Matches(docs).Select(m => m.Groups["yaml"].Value).Where(b => b.Contains("schema: 1", StringComparison.Ordinal))
            .Select((text, n) => ($"docs-{n}.yaml", text));
        return [.. builtIns, .. examples];
    }

    /// <summary>One to three mutations of <paramref name="text"/>; <paramref name="how"/> names them.</summary>
    private static byte[] Mutate(string text, Random random, out string how)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        var names = new List<string>();
        var byteMutations = new List<Func<byte[], byte[]>>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var line = random.Next(lines.Count);
            switch (random.Next(16))
            {
                case 0:
                    names.Add("line deleted");
                    lines.RemoveAt(line);
                    break;
                case 1:
                    names.Add("line duplicated");
                    lines.Insert(line, lines[line]);
                    break;
                case 2:
                    names.Add("lines swapped");
                    var other = random.Next(lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case 3:
                    names.Add("tabs");
                    lines[line] = lines[line].Replace("  ", "\t", StringComparison.Ordinal);
                    break;
                case 4:
                    names.Add("byte order marks");
                    lines[line] = "\uFEFF" + lines[line];
                    byteMutations.Add(b => [0xEF, 0xBB, 0xBF, .. b]);
                    break;
                case 5:
                    names.Add("not UTF-8");
                    byteMutations.Add(b => Insert(b, random.Next(b.Length + 1), [0xC3, 0x28, 0xFF]));
                    break;
                case 6:
                    var depth = random.Next(2) == 0 ? random.Next(60, 70) : random.Next(1_000, 50_000);
                    var closed = random.Next(3) > 0;
                    names.Add($"nested {depth} deep{(closed ? "" : ", unclosed")}");
                    lines[line] = ValueOf(lines[line]) + (random.Next(2) == 0 ? new string('[', depth) + (closed ? new string(']', depth) : "") : Mappings(depth, closed));
                    break;
                case 7:
                    names.Add("anchor and alias");
                    lines[line] = ValueOf(lines[line]) + "&a " + random.Next(100);
                    lines.Insert(random.Next(lines.Count + 1), ValueOf(lines[random.Next(lines.Count)]) + "*a");
                    break;
                case 8:
                    names.Add("undefined alias");
                    lines[line] = ValueOf(lines[line]) + "*nope";
                    break;
                case 9:
                    names.Add("alias inside its own node");
                    lines[line] = ValueOf(lines[line]) + "&self [1, *self]";
                    break;
                case 10:
                    names.Add("billion laughs");
                    lines.InsertRange(line, Laughs(random.Next(2) == 0 ? "" : "  "));
                    break;
                case 11:
                    var length = random.Next(2) == 0 ? 70_000 : random.Next(1_000, 60_000);
                    names.Add($"value of {length} characters");
                    lines[line] = ValueOf(lines[line]) + new string('x', length);
                    break;
                case 12:
                    names.Add("huge durations");
                    lines[line] = DurationValue().Replace(lines[line], random.Next(3) switch { 0 => "740000d", 1 => "99999999999999999999w", _ => "3650d1s" });
                    lines.Insert(line, random.Next(2) == 0 ? "max_age: 3000000d" : "  - { id: huge, wait: 3000000d }");
                    break;
                case 13:
                    var marker = new[] { "...", "---", "[", "{", "]", "}", ": x", "? ", "'", "\"", "%YAML 1.1", "%TAG ! tag:x,2000:", "!!binary x", "&", "*", "<<: *a" }[random.Next(16)];
                    names.Add($"stray '{marker}'");
                    lines.Insert(line, random.Next(2) == 0 ? marker : ValueOf(lines[line]) + marker);
                    break;
                case 14:
                    names.Add("file cut");
                    var cut = random.Next(1, 40);
                    byteMutations.Add(b => b[..Math.Max(0, b.Length - cut)]);
                    break;
                default:
                    names.Add("over 1 MB");
                    lines.Add("# " + new string('x', (1024 * 1024) + random.Next(10)));
                    break;
            }

            if (lines.Count == 0)
            {
                lines.Add("");
            }
        }

        how = string.Join(", ", names);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return byteMutations.Aggregate(bytes, (b, mutation) => mutation(b));
    }

    /// <summary>The line up to the start of its value (<c>  on: </c>), or the line with a new key when it has none.</summary>
    private static string ValueOf(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? line[..(colon + 2)] : line.TrimEnd() + (line.TrimEnd().EndsWith(':') ? " " : " x: ");
    }

    private static string Mappings(int depth, bool closed) =>
        string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + (closed ? new string('}', depth) : "");

    /// <summary>Nine levels of ten aliases each: a billion values when written out.</summary>
    private static IEnumerable<string> Laughs(string indent)
    {
        yield return $"{indent}l0: &l0 [lol]";
        for (var level = 1; level <= 9; level++)
        {
            yield return $"{indent}l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]";
        }
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    [GeneratedRegex(@"\b\d+[wdhms]\b")]
    private static partial Regex DurationValue();

    [GeneratedRegex("```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
