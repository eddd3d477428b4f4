using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Problems;
using Playbook.Engine.Testing;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>test [PATH...]</c>: runs playbook tests (<c>*.test.yaml</c>), each against a throwaway store in memory on a
/// virtual clock. Without paths: the tests in the user's playbooks folder, with the playbooks <c>run</c> would use,
/// and the built-ins' own tests, with the built-ins as shipped (skipped for a built-in the user replaced). A test file
/// in another folder tests the playbooks beside it (with the built-ins), as <c>check PATH</c> loads them. Each failed
/// expectation prints as <c>file(line,col): ...</c>; exit 1 when any test
/// fails or a test file (or a playbook) has problems.
/// </summary>
internal static class TestCommand
{
    private const string BuiltIns = "built-in";

    public static Command Create(CommandHost host)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Test files (NAME.test.yaml) or folders of them (default: your playbooks folder and the built-ins' tests)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("test", "Run playbook tests: sample contacts and events on a virtual clock, and what each step must produce") { paths };
        command.SetAction(parse => host.Run(parse, context => Run(context, parse.GetValue(paths) ?? [])));
        return command;
    }

    private static int Run(CliContext context, string[] given)
    {
        var problems = new List<Problem>();
        var files = new List<(string Folder, string Path)>();
        var userFolder = Path.GetFullPath(context.PlaybooksFolder);
        if (given.Length == 0)
        {
            if (Directory.Exists(userFolder))
            {
                files.AddRange(PlaybookTests.FilesAt(context.PlaybooksFolder, problems).Select(f => (userFolder, f)));
            }

            files.AddRange(BuiltInPlaybooks.Tests.Select(t => (BuiltIns, t.File)));
        }
        else
        {
            foreach (var path in given)
            {
                var folder = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path))!;
                files.AddRange(PlaybookTests.FilesAt(path, problems).Select(f => (folder, f)));
            }
        }

        var clock = new VirtualClock(DateTimeOffset.UnixEpoch);
        var config = context.Config;
        var options = new TestRunOptions
        {
            Replies = () => new ReplyClassifier(ReplyRules.Load(context.Paths.ReplyRulesFile)),
            Conversations = () => config.Conversations,
            Limits = config.Limits,
        };
        var catalogs = new Dictionary<string, PlaybookCatalog>(StringComparer.Ordinal);
        var results = new List<TestFileResult>();
        try
        {
            foreach (var (folder, path) in files)
            {
                var source = folder == BuiltIns ? BuiltInPlaybooks.Tests.First(t => t.File == path) : PlaybookTests.Read(path, problems);
                if (source is null)
                {
                    continue;
                }

                if (!catalogs.TryGetValue(folder, out var catalog))
                {
                    // The built-ins' tests run against the built-ins alone, as shipped; a user's test against what 'run'
                    // loads (the built-ins and the user's); a test elsewhere against the playbooks beside it, as 'check PATH'.
                    var loading = CatalogOptions.For(context.Paths, folder == userFolder ? context.PlaybooksFolder : null, clock) with { SwitchedOffFile = null };
                    catalog = PlaybookCatalog.Load(folder == BuiltIns || folder == userFolder ? loading : loading with { CheckPaths = [folder] });
                    catalogs[folder] = catalog;
                    problems.AddRange(catalog.Problems);
                }

                if (folder == BuiltIns && User(context, userFolder, catalogs, clock, problems)
                    .Entries.FirstOrDefault(e => e.Definition.Name == PlaybookTests.PlaybookOf(path)) is { Origin: PlaybookOrigin.User } replaced)
                {
                    results.Add(new TestFileResult(path, [], []) { Skipped = $"your playbook '{replaced.Definition.Name}' ({replaced.Definition.SourceFile}) replaces the built-in one" });
                    continue;
                }

                results.Add(PlaybookTests.Run(source, catalog, clock, options));
            }
        }
        finally
        {
            foreach (var catalog in catalogs.Values)
            {
                catalog.Dispose();
            }
        }

        problems.AddRange(results.SelectMany(r => r.Problems));
        problems = [.. problems.Distinct()];
        var tests = results.SelectMany(r => r.Tests).ToList();
        var failed = tests.Count(t => !t.Passed);
        var exit = failed > 0 || problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        if (context.Json)
        {
            context.WriteJson(TestReportJson.From(results, problems));
            return exit;
        }

        foreach (var problem in problems)
        {
            context.Error.WriteLine(problem);
        }

        Print(context.Output, results);
        if (files.Count == 0 && problems.Count == 0)
        {
            context.Output.WriteLine($"no test files (*{PlaybookLoader.TestFileEnding}) found; start one with 'playbook new test NAME'");
            return exit;
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tests.Count} test{(tests.Count == 1 ? "" : "s")}: {tests.Count - failed} passed, {failed} failed{(problems.Count > 0 ? $"; {problems.Count} problem{(problems.Count == 1 ? "" : "s")} in the files" : "")}"));
        return exit;
    }

    /// <summary>The playbooks 'run' loads (the built-ins and the user's), loaded once: what tells a built-in the user replaced.</summary>
    private static PlaybookCatalog User(CliContext context, string userFolder, Dictionary<string, PlaybookCatalog> catalogs, VirtualClock clock, List<Problem> problems)
    {
        if (!catalogs.TryGetValue(userFolder, out var catalog))
        {
            catalog = PlaybookCatalog.Load(CatalogOptions.For(context.Paths, context.PlaybooksFolder, clock) with { SwitchedOffFile = null });
            catalogs[userFolder] = catalog;
            problems.AddRange(catalog.Problems);
        }

        return catalog;
    }

    private static void Print(TextWriter output, IReadOnlyList<TestFileResult> results)
    {
        foreach (var file in results)
        {
            if (file.Skipped is { } why)
            {
                output.WriteLine($"{file.File}: skipped: {why}");
                continue;
            }

            if (file.Problems.Count > 0)
            {
                output.WriteLine($"{file.File}: not run: it has problems (above)");
                continue;
            }

            output.WriteLine(file.File);
            foreach (var test in file.Tests)
            {
                output.WriteLine($"  {(test.Passed ? "ok  " : "FAIL")}  {test.Name}");
                foreach (var failure in test.Failures)
                {
                    output.WriteLine(failure);
                }
            }
        }
    }
}
