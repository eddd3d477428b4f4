using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Playbook.Tests.Support;
using Xunit.Abstractions;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// The command line as a user meets broken and hostile input: folders of mutated playbooks, templates, conditions and
/// scripts (some trusted), broken settings, and files that are not Playbook stores given as <c>--db</c>. Every command
/// must end within its time with exit 0, 1 or 2, never say "unexpected error" or print a stack trace, place every
/// problem it reports at its file (and line and column where the file has them), and leave the store whole. A fixed
/// seed: a failure is reproduced by running the test again.
/// </summary>
public sealed partial class CommandFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261206;
    private const int FolderCases = 60;
    private static readonly TimeSpan CommandTime = TimeSpan.FromSeconds(60);
    private static readonly string[] Now = ["--now", "2026-12-06T09:00Z"];

    private readonly CliSandbox _cli = new();
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _tally = new(StringComparer.Ordinal);

    [Fact]
    public async Task Commands_OverMutatedPlaybookFolders_EndWithinTheirTimeWithExitZeroOneOrTwoAndPlaceEveryProblem()
    {
        var random = new Random(Seed);
        var store = await ExampleStore();
        var sources = FileMutations.Playbooks();
        var templates = Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks", "templates"), "*.liquid").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < FolderCases; i++)
        {
            var folder = _cli.Folder.Folder($"case-{i:D2}");
            var what = WriteCase(random, i, folder, sources, templates);
            var db = _cli.Folder.Path + $"/case-{i:D2}.db";
            File.Copy(store, db);
            var contacts = Count(db, "contacts");

            foreach (var script in Directory.GetFiles(folder, "*.csx").Where(_ => random.Next(2) == 0))
            {
                await Command(what, 0, "trust", script, "--db", db, "--playbooks", folder);
            }

            await Command(what, 0, "check", folder, "--db", db);
            await Command(what, 0, "playbooks", "--db", db, "--playbooks", folder);
            await Command(what, 0, ["run", "--dry-run", "--db", db, "--playbooks", folder, .. Now]);
            await Command(what, 0, ["run", "--db", db, "--playbooks", folder, .. Now]);
            await Command(what, 0, ["tick", "--db", db, "--playbooks", folder, "--now", "2026-12-20T09:00Z"]);
            await Command(what, 0, "drafts", "--db", db, "--json");

            Expect(Integrity(db) == "ok", $"{what}: the store is damaged after the commands: {Integrity(db)}");
            Expect(Count(db, "contacts") == contacts, $"{what}: contacts were lost");
            File.Delete(_cli.ConfigFile);
            File.Delete(Path.Combine(Path.GetDirectoryName(_cli.ConfigFile)!, "reply-rules.yaml"));
        }

        Report($"{FolderCases} folders (seed {Seed}) in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Commands_OnFilesThatAreNotPlaybookStores_ExitOneNamingTheFileAndLeaveItAsItWas()
    {
        var store = await ExampleStore();
        var wrong = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["a CSV export"] = File.ReadAllBytes(Path.Combine(RepoPaths.Examples, "google-contacts.csv")),
            ["a zip"] = File.ReadAllBytes(RepoPaths.ExampleZip),
            ["a PDF"] = File.ReadAllBytes(Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.pdf")),
            ["random bytes"] = RandomBytes(64 * 1024),
            ["random bytes after a SQLite header"] = [.. File.ReadAllBytes(store)[..100], .. RandomBytes(8 * 1024)],
            ["another application's SQLite file"] = ForeignSqlite(),
            ["a Playbook store cut in half"] = File.ReadAllBytes(store)[..(int)(new FileInfo(store).Length / 2)],
            ["a Playbook store with its schema page overwritten"] = Overwrite(File.ReadAllBytes(store), 100, 3000),
            ["a Playbook store with a data page overwritten"] = Overwrite(File.ReadAllBytes(store), 4096 * 3, 4096),
        };
        string[][] commands =
        [
            ["contacts"], ["drafts"], ["stats"], ["playbooks"], ["run", .. Now], ["run", "--dry-run", .. Now], ["tick", .. Now], ["console"],
            ["import", "vcard", Path.Combine(RepoPaths.Examples, "contacts.vcf")],
            ["event", "add", "note", "--contact", "1", "--body", "hello"],
        ];

        foreach (var (kind, bytes) in wrong)
        {
            var file = _cli.Folder.Write($"wrong/{_tally.Count:D2}.db", bytes);
            var hash = SHA256.HashData(bytes);
            var refused = true;
            foreach (var command in commands)
            {
                var what = $"{kind} as --db, {string.Join(' ', command.Take(2))}";
                var result = await Command(what, 1, [.. command, "--db", file]);
                if (result is { ExitCode: not 0 })
                {
                    Expect(result.Error.Contains(file, StringComparison.Ordinal), $"{what}: the error does not name the file:\n{result}");
                }
                else if (command[0] != "playbooks")
                {
                    refused = false;
                }
            }

            // A store with a damaged page that no command reads is still a store: SQLite finds the damage only where it
            // reads, so the commands that never touch that page work, and may write. Anything refused stays untouched.
            Expect(!refused || SHA256.HashData(File.ReadAllBytes(file)).SequenceEqual(hash), $"{kind}: the file was written");
            Expect(refused || kind.StartsWith("a Playbook store", StringComparison.Ordinal), $"{kind}: a command used it as a store");
            Expect(!File.Exists(file + "-wal") || new FileInfo(file + "-wal").Length == 0, $"{kind}: a write-ahead log was left beside it");
            _tally[kind] = 1;
        }

        var folder = _cli.Folder.Folder("wrong/a-folder.db");
        await Command("a folder as --db", 1, "contacts", "--db", folder);
        Expect(Directory.GetFileSystemEntries(folder).Length == 0, "a folder as --db: something was written into it");
        Report($"{wrong.Count + 1} wrong stores × {commands.Length} commands");
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>
    /// Writes one case into <paramref name="folder"/>: mutated playbooks, and sometimes a hostile template, a hostile
    /// condition, a mutated script and broken settings. Returns what it wrote, for the messages.
    /// </summary>
    private string WriteCase(Random random, int index, string folder, List<(string Name, string Text)> sources, List<string> templates)
    {
        var written = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var (name, text) = sources[random.Next(sources.Count)];
            var bytes = FileMutations.Mutate(text, random, out var how);
            var file = random.Next(3) == 0 ? name : $"mutated-{n}.yaml";
            File.WriteAllBytes(Path.Combine(folder, file), bytes);
            written.Add($"{file} ← {name} ({how})");
        }

        if (random.Next(2) == 0)
        {
            Directory.CreateDirectory(Path.Combine(folder, "templates"));
            File.WriteAllText(Path.Combine(folder, "templates", "hostile.liquid"), HostileText.Template(random, templates));
            File.WriteAllText(Path.Combine(folder, "drafts-hostile.yaml"),
                "schema: 1\nname: drafts-hostile\non: invitation.received\nsteps:\n  - { id: hello, draft: hostile }\n");
            written.Add("a hostile template");
        }

        if (random.Next(2) == 0)
        {
            var condition = HostileText.Condition(random);
            File.WriteAllText(Path.Combine(folder, "hostile-when.yaml"),
                "schema: 1\nname: hostile-when\non: invitation.received\nwhen: |-\n  " + condition.ReplaceLineEndings("\n  ") + "\nsteps:\n  - { id: tag, tag: x }\n");
            written.Add("a hostile condition");
        }

        if (random.Next(3) == 0)
        {
            var scripts = Path.Combine(RepoPaths.Examples, "scripts");
            CopyFolder(scripts, folder);
            var script = Directory.GetFiles(scripts, "*.csx").Order(StringComparer.Ordinal).ToList()[random.Next(3)];
            var bytes = random.Next(4) == 0
                ? System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(script) + "\n#load \"" + HostileText.Pick(random, "/etc/hostname", "../../outside.csx", "lib/../../x.csx", "lib/industries.csx") + "\"\n")
                : FileMutations.Mutate(File.ReadAllText(script), random, out _);
            File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(script)), bytes);
            written.Add($"a changed {Path.GetFileName(script)}");
        }

        if (random.Next(4) == 0)
        {
            var (name, source) = random.Next(2) == 0
                ? ("config.yaml", Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml"))
                : ("reply-rules.yaml", Path.Combine(RepoPaths.Root, "engine", "Analysis", "Replies", "reply-rules.yaml"));
            var file = Path.Combine(Path.GetDirectoryName(_cli.ConfigFile)!, name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, FileMutations.Mutate(File.ReadAllText(source), random, out var how));
            written.Add($"{name} ({how})");
        }

        return $"case {index} [{string.Join("; ", written)}]";
    }

    /// <summary>Runs one command; checks its exit, its time, and that every line is a message rather than a crash.</summary>
    private async Task<CliResult?> Command(string what, int worst, params string[] args)
    {
        var name = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-') && !a.StartsWith('/')));
        what = $"{what}: playbook {name}";
        CliResult result;
        try
        {
            result = await _cli.RunAsync(args).WaitAsync(CommandTime);
        }
        catch (TimeoutException)
        {
            _failures.Add($"{what}: still running after {CommandTime.TotalSeconds} s");
            return null;
        }
        catch (Exception e)
        {
            _failures.Add($"{what}: threw {e.GetType().Name}: {e.Message}");
            return null;
        }

        _tally[$"{name}: exit {result.ExitCode}"] = _tally.GetValueOrDefault($"{name}: exit {result.ExitCode}") + 1;
        var text = result.Output + result.Error;
        Expect(result.ExitCode is 0 or 1 or 2, $"{what}: exit {result.ExitCode}\n{result}");
        Expect(result.ExitCode <= Math.Max(worst, 2), $"{what}: exit {result.ExitCode}");
        Expect(!text.Contains("unexpected error", StringComparison.OrdinalIgnoreCase), $"{what}: an unexpected error\n{result}");
        Expect(!StackFrame().IsMatch(text), $"{what}: a stack trace\n{result}");
        foreach (var line in result.ErrorLines.Where(l => l.StartsWith(_cli.Folder.Path, StringComparison.Ordinal) && !l.Contains(".db", StringComparison.Ordinal)))
        {
            Expect(Placed().IsMatch(line), $"{what}: a problem without its place: {line}");
        }

        return result;
    }

    /// <summary>The examples' LinkedIn export and address book in a store, once.</summary>
    private async Task<string> ExampleStore()
    {
        var db = Path.Combine(_cli.Folder.Path, "example.db");
        if (!File.Exists(db))
        {
            var linkedin = await _cli.RunAsync("import", "linkedin", RepoPaths.ExampleFolder, "--db", db);
            var vcard = await _cli.RunAsync("import", "vcard", Path.Combine(RepoPaths.Examples, "contacts.vcf"), "--db", db);
            Assert.True(linkedin.ExitCode == 0 && vcard.ExitCode == 0, $"{linkedin}\n{vcard}");
        }

        return db;
    }

    private void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            _failures.Add(failure);
        }
    }

    private void Report(string summary)
    {
        output.WriteLine($"{summary}; failures: {_failures.Count}");
        foreach (var (what, count) in _tally.Where(t => t.Key.Contains(": exit", StringComparison.Ordinal)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {what}: {count}");
        }

        Assert.True(_failures.Count == 0, string.Join("\n\n", _failures.Take(8)));
    }

    private static string Integrity(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar() as string ?? "";
    }

    private static long Count(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private byte[] ForeignSqlite()
    {
        var file = Path.Combine(_cli.Folder.Folder("foreign"), "notes.sqlite");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');";
            command.ExecuteNonQuery();
        }

        return File.ReadAllBytes(file);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(Seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Overwrite(byte[] bytes, int at, int length)
    {
        var copy = bytes.ToArray();
        new Random(Seed).NextBytes(copy.AsSpan(at, Math.Min(length, copy.Length - at)));
        return copy;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>A .NET stack frame: "   at Namespace.Type.Method(".</summary>
    [GeneratedRegex(@"^\s+at [\w.`<>\[\]]+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    /// <summary>A problem line: the file, then its line and column (or nothing, for the whole file), then the message.</summary>
    [GeneratedRegex(@"^/[^()]+?(\(\d+,\d+\))?: \S")]
    private static partial Regex Placed();
}
