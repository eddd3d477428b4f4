using System.CommandLine;
using System.Globalization;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>tasks [--due] [--all] [--contact ID|URL]</c>: the reminders the runs created, by due time.</summary>
internal static class TasksCommand
{
    public static Command Create(CommandHost host)
    {
        var due = new Option<bool>("--due") { Description = "Only the tasks due by now (--now)" };
        var all = new Option<bool>("--all") { Description = "Done tasks too" };
        var contact = new Option<string?>("--contact") { Description = "Only this contact's tasks (id or profile URL)", HelpName = "ID|URL" };

        var command = new Command("tasks", "Reminders the playbooks created, by due time") { due, all, contact };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var includeDone = parse.GetValue(all);
            long? contactId = parse.GetValue(contact) is { } reference ? context.Store.Contacts.Get(reference).Id : null;
            var tasks = context.Store.Tasks.List(parse.GetValue(due) ? context.Clock.GetUtcNow() : null, includeDone, contactId);
            if (context.Json)
            {
                context.WriteJson(tasks.Select(TaskJson.From));
                return ExitCodes.Ok;
            }

            if (tasks.Count == 0)
            {
                context.Output.WriteLine(parse.GetValue(due) ? "No tasks due." : includeDone ? "No tasks." : "No open tasks.");
                return ExitCodes.Ok;
            }

            var names = new ContactNames(context.Store);
            var linked = tasks.Any(t => t.LinkedContactId is not null);
            List<string> headers = ["ID", "DUE", "CONTACT"];
            if (linked)
            {
                headers.Add("LINKED");
            }

            if (includeDone)
            {
                headers.Add("DONE");
            }

            headers.Add("TEXT");
            var table = new TextTable([.. headers]);
            foreach (var task in tasks)
            {
                List<object?> row = [task.Id, RuntimeText.Instant(task.DueAt), names.Of(task.ContactId)];
                if (linked)
                {
                    row.Add(task.LinkedContactId is { } other ? string.Create(CultureInfo.InvariantCulture, $"#{other} {names.Of(other)}") : "");
                }

                if (includeDone)
                {
                    row.Add(task.DoneAt is { } doneAt ? RuntimeText.Instant(doneAt) : task.Done ? "yes" : "-");
                }

                row.Add(task.Text);
                table.Add([.. row]);
            }

            table.WriteTo(context.Output);
            context.Output.WriteLine(RuntimeText.Count(tasks.Count, includeDone ? "task" : "open task"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
