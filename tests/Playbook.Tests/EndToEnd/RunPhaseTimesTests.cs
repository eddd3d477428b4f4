using Playbook.Engine.Events;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// Whoever measures a run names a file in <c>PLAYBOOK_RUN_TIMES</c>: a real <c>playbook run</c> process adds each phase
/// of its pass to it, in order, with the time since the process started.
/// </summary>
public sealed class RunPhaseTimesTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public async Task Run_WithRunTimesNamingAFile_AddsEachPhaseOfThePassInOrder()
    {
        var ana = _test.AddContact("Ana", "Ruiz");
        var ben = _test.AddContact("Ben", "Okafor");
        _test.Store.Events.Add(ana, EventKinds.InvitationReceived, body: "Hello Ana here");
        _test.Store.Events.Add(ben, EventKinds.InvitationReceived);
        var times = _test.Folder.File("run-times.txt");
        var playbook = new PlaybookProcess(_test.Folder);
        playbook.Environment["PLAYBOOK_RUN_TIMES"] = times;

        var result = await playbook.RunAsync("run", "--db", _test.Path, "--now", "2026-11-30T09:00:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(times).Where(line => line.Length > 0).ToList();
        Assert.Equal(
            ["the pass begins", "2 pending events found", "0 runs moved on, the meetings passed", "no read-ahead",
             "the first pending event dispatched", "every pending event dispatched", "the last batch committed"],
            lines.Select(line => line[(line.LastIndexOf("  ", StringComparison.Ordinal) + 2)..]));
        var milliseconds = lines.Select(line => int.Parse(line.AsSpan(0, line.IndexOf(" ms", StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(milliseconds.Order(), milliseconds);
    }

    public void Dispose() => _test.Dispose();
}
