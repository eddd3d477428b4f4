using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Catalog;

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
            using var ofPaths = given.Length == 0
                ? null
                : PlaybookCatalog.Load(CatalogOptions.For(context.Paths, userFolder: null, context.Clock) with { CheckPaths = given, SwitchedOffFile = null });
            var catalog = ofPaths ?? context.Catalog;
            if (context.Json)
            {
                context.WriteJson(catalog.Problems.Select(ProblemJson.From));
                return catalog.HasProblems ? ExitCodes.BadInput : ExitCodes.Ok;
            }

            foreach (var problem in catalog.Problems)
            {
                context.Error.WriteLine(problem);
            }

            if (catalog.HasProblems)
            {
                return ExitCodes.BadInput;
            }

            var names = catalog.Entries.Select(e => e.Definition.Name).ToList();
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names.Count} playbook{(names.Count == 1 ? "" : "s")} OK: {string.Join(", ", names)}"));
            foreach (var script in catalog.Untrusted)
            {
                context.Output.WriteLine($"{script.File} compiles; it runs once trusted: playbook trust {script.File}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
