using Dapper;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class TasksCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Tasks_AfterMondaysRun_PrintsTheOpenTasksByDueTime()
    {
        await _cli.ImportAndRunAsync();

        var result = await _cli.RunAsync("tasks");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "ID  DUE                CONTACT              TEXT",
                "1   2026-12-01 08:00Z  Marta Jiménez Soler  Propose a call or a meeting to Marta",
                "2   2026-12-01 08:00Z  Jürgen Müller        Propose a call or a meeting to Jürgen",
                "3   2026-12-01 08:00Z  Lucía Peña           Propose a call or a meeting to Lucía",
                "3 open tasks",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task Tasks_Due_ListsOnlyThoseDueAtNow()
    {
        await _cli.ImportAndRunAsync();

        var monday = await _cli.RunAsync("tasks", "--due", "--now", RuntimeTestData.Monday);
        var tuesday = await _cli.JsonAsync("tasks", "--due", "--now", "2026-12-01T09:00Z");

        Assert.Equal("No tasks due.\n", monday.Output);
        Assert.Equal(3, tuesday.GetArrayLength());
    }

    [Fact]
    public async Task Tasks_Json_PrintsEveryTaskWithTheContractFields()
    {
        await _cli.ImportAndRunAsync();

        var tasks = await _cli.JsonAsync("tasks");

        Assert.All(tasks.EnumerateArray(), JsonContract.AssertTask);
        Assert.All(tasks.EnumerateArray(), t => Assert.Equal(["id", "contactId", "runId", "text", "dueAt", "done", "playbook", "eventId", "linkedContactId"], t.Names()));
        Assert.Equal(
            (1L, 1L, "Propose a call or a meeting to Marta", "2026-12-01T08:00:00+00:00", false, "reply-received"),
            (tasks[0].GetProperty("id").GetInt64(), tasks[0].GetProperty("runId").GetInt64(), tasks[0].GetProperty("text").GetString(),
                tasks[0].GetProperty("dueAt").GetString(), tasks[0].GetProperty("done").GetBoolean(), tasks[0].GetProperty("playbook").GetString()));
    }

    [Fact]
    public async Task TaskDone_OpenTask_LeavesTheOpenListAndShowsUnderAll()
    {
        await _cli.ImportAndRunAsync();

        var done = await _cli.RunAsync("task", "done", "1", "--now", "2026-12-01T10:00Z");

        Assert.True(done.ExitCode == 0, done.ToString());
        Assert.Equal("task 1 done: Propose a call or a meeting to Marta\n", done.Output);
        Assert.Equal([2L, 3L], (await _cli.JsonAsync("tasks")).EnumerateArray().Select(t => t.GetProperty("id").GetInt64()));
        var all = await _cli.RunAsync("tasks", "--all");
        Assert.Equal("ID  DUE                CONTACT              DONE               TEXT", all.OutputLines[0]);
        Assert.Equal("1   2026-12-01 08:00Z  Marta Jiménez Soler  2026-12-01 10:00Z  Propose a call or a meeting to Marta", all.OutputLines[1]);
        Assert.Equal("2   2026-12-01 08:00Z  Jürgen Müller        -                  Propose a call or a meeting to Jürgen", all.OutputLines[2]);
        Assert.Equal("3 tasks", all.OutputLines[^1]);
    }

    [Fact]
    public async Task TaskDone_UnknownTask_ExitsOne()
    {
        await _cli.ImportExampleZipAsync();

        var result = await _cli.RunAsync("task", "done", "99");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("playbook: no task '99' in the store; list them with 'playbook tasks'\n", result.Error);
    }

    [Fact]
    public async Task Tasks_ATaskAboutAnotherContact_NamesThemInALinkedColumn()
    {
        await _cli.ImportAndRunAsync();
        long marta, lucia;
        using (var store = Playbook.Engine.Store.ContactStore.Open(_cli.DefaultDatabase, TimeProvider.System))
        {
            (marta, lucia) = (store.Tasks.Get(1).ContactId, store.Tasks.Get(3).ContactId);
            store.Connection.Execute("UPDATE tasks SET text = 'Contact Marta (referred by Jürgen)', linked_contact_id = @marta WHERE id = 2", new { marta });
            store.Connection.Execute("UPDATE tasks SET text = 'Contact Lucía Peña (referred by Lucía)', linked_contact_id = @lucia WHERE id = 3", new { lucia });
        }

        var result = await _cli.RunAsync("tasks");
        var all = await _cli.RunAsync("tasks", "--all");

        Assert.Equal(
            [
                "ID  DUE                CONTACT              LINKED                   TEXT",
                "1   2026-12-01 08:00Z  Marta Jiménez Soler                           Propose a call or a meeting to Marta",
                $"2   2026-12-01 08:00Z  Jürgen Müller        #{marta} Marta Jiménez Soler  Contact Marta (referred by Jürgen)",
                $"3   2026-12-01 08:00Z  Lucía Peña           #{lucia} Lucía Peña           Contact Lucía Peña (referred by Lucía)",
                "3 open tasks",
            ],
            result.OutputLines);
        Assert.Equal("ID  DUE                CONTACT              LINKED                   DONE  TEXT", all.OutputLines[0]);
    }

    public void Dispose() => _cli.Dispose();
}
