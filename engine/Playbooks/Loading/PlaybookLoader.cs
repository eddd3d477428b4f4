using System.Text;
using Playbook.Engine.Problems;
using Playbook.Engine.Yaml;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// Loads YAML playbooks (<c>schema: 1</c>) from files, folders or bytes, and checks them. Every problem of
/// every file is reported at once, each as <c>file(line,col): message</c>; a file with a problem gives no
/// playbook, and the valid files still do. Nothing is thrown for bad input.
/// </summary>
public static class PlaybookLoader
{
    /// <summary>Loads a playbook file, or every <c>*.yaml</c> and <c>*.yml</c> file of a folder (not its subfolders).</summary>
    /// <param name="path">A file or a folder; problems name files by this path (<c>playbooks/welcome.yaml</c>).</param>
    /// <param name="templates">The template names that exist, to report an unknown one; null not to check templates.</param>
    public static LoadResult Load(string path, IReadOnlyCollection<string>? templates = null) => Load([path], templates);

    /// <summary>
    /// Loads each path (a file or a folder, as <see cref="Load(string, IReadOnlyCollection{string}?)"/>) in order,
    /// a folder's files in name order. Two playbooks of one name are a problem at the second.
    /// </summary>
    public static LoadResult Load(IEnumerable<string> paths, IReadOnlyCollection<string>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var collector = new Collector(templates);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(file => Path.GetExtension(file) is { } extension
                        && (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
                        && !IsTestFile(file))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    Read(file, collector);
                }
            }
            else if (File.Exists(path))
            {
                // A test file named on its own ('check welcome.test.yaml') is checked as a test, not as a playbook.
                if (!IsTestFile(path))
                {
                    Read(path, collector);
                }
            }
            else
            {
                collector.Add(Problem.ForFile(path, "no such file or folder"));
            }
        }

        return collector.Result();
    }

    /// <summary>The ending of a playbook test file (<c>welcome.test.yaml</c>): such a file is a test, never a playbook.</summary>
    public const string TestFileEnding = ".test.yaml";

    /// <summary>
    /// Whether <paramref name="path"/> names a playbook test file (<c>*.test.yaml</c> or <c>*.test.yml</c>), which a folder's
    /// playbooks leave out.
    /// </summary>
    public static bool IsTestFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(TestFileEnding, StringComparison.OrdinalIgnoreCase) || path.EndsWith(".test.yml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Checks a playbook given as text, named <paramref name="file"/> in problems (for tests and tools).</summary>
    public static LoadResult Parse(string text, string file, IReadOnlyCollection<string>? templates = null) =>
        Parse([new PlaybookSource(file, Encoding.UTF8.GetBytes(text))], templates);

    /// <summary>
    /// Checks playbooks given as bytes (the built-ins embedded in the executable, for example), in order.
    /// Two playbooks of one name are a problem at the second.
    /// </summary>
    public static LoadResult Parse(IEnumerable<PlaybookSource> sources, IReadOnlyCollection<string>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var collector = new Collector(templates);
        foreach (var source in sources)
        {
            collector.Add(source);
        }

        return collector.Result();
    }

    private static void Read(string file, Collector collector)
    {
        byte[]? bytes;
        string? refusal;
        try
        {
            bytes = YamlReader.ReadBytes(file, out refusal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            collector.Refuse(file, $"cannot be read: {e.Message}");
            return;
        }

        if (bytes is null)
        {
            collector.Refuse(file, refusal!);
            return;
        }

        collector.Add(new PlaybookSource(file, bytes));
    }

    /// <summary>Gathers files' outcomes in reading order, and keeps playbook names unique.</summary>
    private sealed class Collector(IReadOnlyCollection<string>? templates)
    {
        private readonly List<PlaybookDefinition> _playbooks = [];
        private readonly List<Problem> _problems = [];
        private readonly List<RejectedPlaybook> _rejected = [];
        private readonly List<RejectedParts> _parts = [];
        private readonly Dictionary<string, PlaybookDefinition> _byName = new(StringComparer.Ordinal);

        public void Add(Problem problem) => _problems.Add(problem);

        /// <summary>A file that could not be read at all: a problem with the whole file, and it claims its stem.</summary>
        public void Refuse(string file, string message)
        {
            _problems.Add(Problem.ForFile(file, message));
            if (RejectedPlaybook.StemOf(file) is { } stem)
            {
                _rejected.Add(new RejectedPlaybook(stem, file));
            }
        }

        public void Add(PlaybookSource source)
        {
            var parsed = PlaybookParser.Parse(source, templates);
            _problems.AddRange(parsed.Problems);
            if (parsed.Parts is { } parts)
            {
                _parts.Add(parts);
            }

            if (parsed.Definition is not { } definition)
            {
                if (parsed.Name is { } name)
                {
                    _rejected.Add(new RejectedPlaybook(name, source.File));
                }
            }
            else if (_byName.TryGetValue(definition.Name, out var first))
            {
                var at = definition.NameLocation;
                _problems.Add(Problem.At(at,
                    $"duplicate playbook name '{definition.Name}'; the first is in {first.NameLocation}"));
            }
            else
            {
                _byName.Add(definition.Name, definition);
                _playbooks.Add(definition);
            }
        }

        public LoadResult Result() => new() { Playbooks = _playbooks, Problems = _problems, Rejected = _rejected, RejectedParts = _parts };
    }
}
