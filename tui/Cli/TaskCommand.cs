using System.CommandLine;
using System.Globalization;

namespace Playbook.Tui.Cli;

/// <summary><c>task done ID</c>: marks a reminder done.</summary>
internal static class TaskCommand
{
    public static Command Create(CommandHost host)
    {
        var id = new Argument<long>("ID") { Description = "The task's id (see 'playbook tasks')" };
        var done = new Command("done", "Mark a task done") { id };
        done.SetAction(parse => host.Run(parse, context =>
        {
            var task = context.Store.Tasks.Complete(parse.GetValue(id));
            if (context.Json)
            {
                context.WriteJson(TaskJson.From(task));
            }
            else
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"task {task.Id} done: {task.Text}"));
            }

            return ExitCodes.Ok;
        }));

        return new Command("task", "Work on one task") { done };
    }
}
