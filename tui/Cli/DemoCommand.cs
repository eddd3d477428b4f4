using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Configuration;
using Playbook.Engine.Import;
using Playbook.Engine.Runtime;
using Playbook.Engine.Time;
using Playbook.Tui.Desk;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>demo</c>: a fresh store built from the invented export in <c>examples/</c>, with Ana's settings, the playbooks
/// run on the Monday of the export; opened in the desk on a terminal, summed up otherwise.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo's clock unless <c>--now</c> says otherwise: the Monday morning the example export was taken.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    public static Command Create(CommandHost host)
    {
        var command = new Command("demo", "Build a fresh demo store from the examples, run the playbooks on it and open it (demo.db in the data folder unless --db)");
        command.SetAction(parse => host.Run(parse, context =>
        {
            var examples = Examples.FindFolder()
                ?? throw new ArgumentException("the demo is built from the 'examples' folder of a Playbook checkout: run it from there");
            var path = parse.GetValue(host.Globals.Db) ?? Path.Combine(context.Paths.DataFolder, "demo.db");
            if (Path.GetFullPath(path) == Path.GetFullPath(context.Paths.DefaultDatabase)
                || context.DatabasePath != context.Paths.DefaultDatabase && parse.GetValue(host.Globals.Db) is null && Path.GetFullPath(path) == Path.GetFullPath(context.DatabasePath))
            {
                throw new ArgumentException($"{path} is your own store: the demo builds a fresh one; give it another --db");
            }

            var clock = parse.GetValue(host.Globals.Now) is { } now ? new FixedTimeProvider(now) : new FixedTimeProvider(Monday);
            var config = ConfigLoader.Load(Path.Combine(examples, "config", "playbook", "config.yaml"));
            Build(context, examples, path, config, clock);
            using var desk = context.OpenDesk(path, config, clock);
            if (context.IsInteractive)
            {
                return Views.DeskApp.Run(desk, context.Error);
            }

            // Not on a terminal (a pipe, a script, CI): the drafts to review, then what the desk would show.
            var today = desk.Today();
            var drafts = desk.Store.Drafts.Pending(Desk.Today.MaxEach);
            var names = new ContactNames(desk.Store);
            foreach (var draft in drafts.Invitations.Concat(drafts.Others))
            {
                DraftPrinter.Write(context.Output, draft, names.Of(draft.ContactId));
                context.Output.WriteLine();
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Demo store {path}: {desk.Store.Contacts.Count()} contacts; today ({clock.GetUtcNow():yyyy-MM-dd}) {RuntimeText.Count(drafts.Invitations.Count, "reply", "replies")} to new invitations and {RuntimeText.Count(drafts.Others.Count, "follow-up")} to review, {RuntimeText.Count(today.Tasks.Count, "task")} due, {RuntimeText.Count(today.Replies.Count, "reply", "replies")} to answer."));
            context.Output.WriteLine($"Open the desk on it in a terminal: playbook --db {path} --now {clock.GetUtcNow():yyyy-MM-ddTHH:mmZ}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Removes any earlier demo at <paramref name="path"/>, imports the example export and runs the playbooks.</summary>
    private static void Build(CliContext context, string examples, string path, PlaybookConfig config, TimeProvider clock)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        using var store = context.OpenStore(path, clock);
        new Importer(store).Import(new ImportRequest(ExportKind.LinkedIn, [Path.Combine(examples, Examples.ExportFileName)]));
        PlaybookRuntime.Create(store, context.Catalog, config).Run(new RunRequest());
    }
}
