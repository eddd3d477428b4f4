using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// A store another process is writing, as a user met it: a real <c>playbook</c> process waits the busy timeout, then
/// says in one line that the store stayed busy and which process has it open, instead of "SQLite Error 5".
/// </summary>
public sealed class LockedStoreTests : IDisposable
{
    private readonly TestStore _test = new();

    [LinuxFact]
    public async Task Playbook_StoreLockedByAnotherProcess_WaitsThenSaysItStayedBusyNamingThatProcess()
    {
        var ana = _test.AddContact("Ana", "García");
        var playbook = new PlaybookProcess(_test.Folder);
        using var write = _test.Store.Connection.BeginTransaction(deferred: false);

        var result = await playbook.RunAsync("contacts", "tag", ana.ToString(System.Globalization.CultureInfo.InvariantCulture), "friend", "--db", _test.Path);

        var self = File.ReadAllText("/proc/self/comm").Trim();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{_test.Path}: the store stayed busy with another process's write, and {self} (process {Environment.ProcessId}) has it open; try again when that is done\n",
            result.Error);
        write.Rollback();
        Assert.Empty(_test.Store.Contacts.Find(ana)!.Tags);
    }

    public void Dispose() => _test.Dispose();
}
