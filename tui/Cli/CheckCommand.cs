using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Problems;
using Playbook.Engine.Testing;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>check [PATH...]</c>: loads the playbooks, their templates and conditions as a run would, and prints every
/// problem as <c>file(line,col): message</c>, one a line on stderr, exiting 1 when there is any. Without paths it
/// checks the built-ins and the user's folder; with paths, the built-ins and those files or folders.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommandHost host)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Playbook files or folders to check with the built-ins (default: your playbooks folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("check", "Check playbooks, their templates and conditions: every problem, with its file, line and column") { paths };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var given = parse.GetValue(paths) ?? [];

            // Nothing changed since a check that passed: its answer, without reading a playbook or a template again.
            var passed = given.Length == 0 ? PassedCheck.For(CatalogOptions.For(context.Paths, context.PlaybooksFolder, context.Clock), Assembly.GetEntryAssembly()) : null;
            if (passed?.Read() is { } passedNames)
            {
                return Passed(context, passedNames, []);
            }

            using var ofPaths = given.Length == 0
                ? null
                : PlaybookCatalog.Load(CatalogOptions.For(context.Paths, userFolder: null, context.Clock) with { CheckPaths = given, SwitchedOffFile = null });
            var catalog = ofPaths ?? context.Catalog;
            IReadOnlyList<Problem> problems = [.. catalog.Problems, .. TestFileProblems(given.Length == 0 ? [context.PlaybooksFolder] : given)];
            if (problems.Count == 0)
            {
                passed?.Remember(catalog);
            }

            if (context.Json)
            {
                context.WriteJson(problems.Select(ProblemJson.From));
                return problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
            }

            foreach (var problem in problems)
            {
                context.Error.WriteLine(TerminalLine.Of(problem.ToString()));
            }

            if (problems.Count > 0)
            {
                return ExitCodes.BadInput;
            }

            return Passed(context, [.. catalog.Entries.Select(e => e.Definition.Name)], [.. catalog.Untrusted.Select(s => s.File)]);
        }));
        return command;
    }

    /// <summary>What a check without problems prints: the playbooks, and the scripts that wait to be trusted.</summary>
    private static int Passed(CliContext context, IReadOnlyList<string> names, IReadOnlyList<string> untrusted)
    {
        if (context.Json)
        {
            context.WriteJson(Array.Empty<Problem>().Select(ProblemJson.From));
            return ExitCodes.Ok;
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{names.Count} playbook{(names.Count == 1 ? "" : "s")} OK: {string.Join(", ", names)}"));
        foreach (var script in untrusted)
        {
            context.Output.WriteLine($"{script} compiles; it runs once trusted: playbook trust {script}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The problems of the test files (<c>*.test.yaml</c>) among <paramref name="paths"/>: read, not run.</summary>
    private static List<Problem> TestFileProblems(IEnumerable<string> paths)
    {
        var problems = new List<Problem>();
        var unused = new List<Problem>();
        foreach (var path in paths.Where(p => Directory.Exists(p) || PlaybookLoader.IsTestFile(p)))
        {
            foreach (var file in PlaybookTests.FilesAt(path, unused))
            {
                if (PlaybookTests.Read(file, problems) is { } source)
                {
                    problems.AddRange(PlaybookTests.Check(source));
                }
            }
        }

        return problems;
    }
}
