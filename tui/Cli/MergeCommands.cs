using System.CommandLine;
using System.Globalization;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>contacts duplicates</c> and <c>contacts merge ID ID</c>.</summary>
internal static class MergeCommands
{
    public static Command Duplicates(CommandHost host)
    {
        var command = new Command("duplicates", "Contacts that may be one person, with the evidence: same name and company; a person from X or Facebook with the same name, or signing with it");
        command.SetAction(parse => host.Run(parse, context =>
        {
            var candidates = context.Store.Merges.Candidates();
            if (context.Json)
            {
                context.WriteJson(candidates.Select(p => new DuplicateJson(ContactJson.From(p.First), ContactJson.From(p.Second), p.Reason, p.Evidence)));
                return ExitCodes.Ok;
            }

            if (candidates.Count == 0)
            {
                context.Output.WriteLine("No merge candidates.");
                return ExitCodes.Ok;
            }

            var table = new TextTable("ID", "ID", "NAME", "COMPANY", "SOURCES", "EVIDENCE");
            foreach (var candidate in candidates)
            {
                var (first, second) = candidate;
                table.Add(first.Id, second.Id, first.FullName, first.Company ?? second.Company,
                    $"{string.Join("+", first.Sources)} / {string.Join("+", second.Sources)}", candidate.Reason);
            }

            table.WriteTo(context.Output);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{candidates.Count} candidate{(candidates.Count == 1 ? "" : "s")}; merge one with 'playbook contacts merge ID ID' (the first id is kept)"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Merge(CommandHost host)
    {
        var kept = new Argument<string>("KEEP") { Description = "The contact to keep (id, profile URL, or x:ID)" };
        var merged = new Argument<string>("MERGE") { Description = "The contact to fold into it (id, profile URL, or x:ID)" };
        var command = new Command("merge", "Merge two contacts into one, keeping every field, event and source") { kept, merged };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var first = context.Store.Contacts.Get(parse.GetValue(kept)!);
            var second = context.Store.Contacts.Get(parse.GetValue(merged)!);
            var result = context.Store.Merges.Merge(first.Id, second.Id);
            ContactsCommand.WriteChanged(context, result, string.Create(CultureInfo.InvariantCulture,
                $"Merged {second.FullName} (id {second.Id}) into {result.FullName} (id {result.Id}); sources {string.Join(", ", result.Sources)}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private sealed record DuplicateJson(ContactJson First, ContactJson Second, string Reason, IReadOnlyList<string> Evidence);
}
