using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Time;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>playbooks</c>: every playbook, built-in and the user's, with where it comes from and whether it runs.</summary>
internal static class PlaybooksCommand
{
    public static Command Create(CommandHost host)
    {
        var command = new Command("playbooks", "Every playbook, built-in and your own: what starts it, its version, whether it runs");
        command.SetAction(parse => host.Run(parse, context =>
        {
            var catalog = context.Catalog;
            if (context.Json)
            {
                context.WriteJson(catalog.Entries.Select(PlaybookJson.From).Concat(catalog.Withheld.Select(PlaybookJson.From)).Concat(catalog.Unloaded.Select(PlaybookJson.From)));
                return ExitCodes.Ok;
            }

            var table = new TextTable("NAME", "ORIGIN", "TRIGGER", "MAX AGE", "STEPS", "VERSION", "STATUS");
            foreach (var entry in catalog.Entries)
            {
                var origin = entry.Origin == PlaybookOrigin.BuiltIn ? "built-in" : entry.Replaced is null ? "user" : "user (replaces built-in)";
                origin += entry.Definition.InsteadOf is { } replaced ? $", instead of {replaced}" : "";
                Add(table, entry.Definition, origin, entry switch
                {
                    { Problems.Count: > 0 } => $"{Problems(entry.Problems.Count)} — run 'playbook check'",
                    { SwitchedOff: true } => $"off — 'playbook enable {entry.Definition.Name}'",
                    _ => "ok",
                });
            }

            foreach (var withheld in catalog.Withheld)
            {
                Add(table, withheld.BuiltIn, "built-in", $"withheld: {Path.GetFileName(withheld.UserFile)} has problems");
            }

            foreach (var file in catalog.Unloaded)
            {
                var status = file.State == UnloadedFile.Broken
                    ? $"did not load: {Path.GetFileName(file.File)}, {Problems(file.ProblemCount)}"
                    : $"not trusted: {Path.GetFileName(file.File)}";
                table.Add(file.Name ?? "-", "user", "-", "-", "-", "-", status);
            }

            table.WriteTo(context.Output);
            var count = catalog.Entries.Count + catalog.Withheld.Count;
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} playbook{(count == 1 ? "" : "s")}, {catalog.Enabled.Count} enabled"));
            if (catalog.HasProblems)
            {
                context.Output.WriteLine($"{Problems(catalog.Problems.Count)} in all: run 'playbook check' to see them.");
            }

            foreach (var script in catalog.Untrusted)
            {
                context.Output.WriteLine($"not trusted, so not run: {script.File} (sha256 {script.Hash[..16]}); 'playbook trust {script.File}' lets it run");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Add(TextTable table, PlaybookDefinition playbook, string origin, string status) =>
        table.Add(
            playbook.Name,
            origin,
            playbook.Trigger,
            playbook.MaxAge is { } maxAge ? Duration.Format(maxAge) : "-",
            playbook.Steps.Count,
            playbook.ContentHash[..12],
            status);

    private static string Problems(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} problem{(count == 1 ? "" : "s")}");
}
