using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>Runs are pinned to the playbook version that started them; an edit moves them by step id.</summary>
public sealed class VersionTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    [Fact]
    public void Tick_PlaybookEditedKeepingTheStep_RunGoesOnAtTheSameStepUnderTheNewVersion()
    {
        var run = WaitingAfterSend();
        _h.Playbook("hello.yaml", Samples.Hello.Replace("Call {{ contact.first_name }}", "Phone {{ contact.first_name }}", StringComparison.Ordinal));
        var newVersion = _h.Catalog.Find("hello")!.ContentHash;

        _h.Advance(TimeSpan.FromDays(7));
        _h.Tick();

        var after = _h.Db.Runs.Get(run.Id);
        Assert.Equal(newVersion, after.Version);
        Assert.Contains($"wait version: playbook 'hello' changed (version {run.Version[..12]} → {newVersion[..12]}); the run goes on at step 'wait'", _h.Journal(run.Id));
        Assert.Equal(["hello", "nudge"], _h.Db.Drafts.List(null).Select(d => d.Step));
    }

    [Fact]
    public void Tick_PlaybookEditedRemovingTheStep_EndsTheRunSayingWhy()
    {
        var run = WaitingAfterSend();
        _h.Playbook("hello.yaml", Samples.Hello.Replace("  - id: wait\n    wait: 7d\n", "  - id: pause\n    wait: 3d\n", StringComparison.Ordinal));
        var newVersion = _h.Catalog.Find("hello")!.ContentHash;

        var tick = _h.Tick();

        var after = _h.Db.Runs.Get(run.Id);
        var reason = $"playbook 'hello' changed (version {run.Version[..12]} → {newVersion[..12]}) and has no step 'wait' any more";
        Assert.Equal((RunStates.Stopped, reason), (after.State, after.Reason));
        Assert.Equal($"- stopped: stopped: {reason}", _h.Journal(run.Id)[^1]);
        Assert.Equal(1, tick.Stopped);
    }

    [Fact]
    public void Tick_PlaybookWithProblems_LeavesItsRunsAsTheyAre()
    {
        var run = WaitingAfterSend();
        _h.Playbook("hello.yaml", Samples.Hello.Replace("steps:", "stpes:", StringComparison.Ordinal));

        _h.Advance(TimeSpan.FromDays(8));
        var tick = _h.Tick();

        Assert.Equal(1, tick.Held);
        Assert.Equal(run, _h.Db.Runs.Get(run.Id));
    }

    [Fact]
    public void Run_NewEventAfterAnEdit_StartsUnderTheNewVersion()
    {
        var first = WaitingAfterSend();
        _h.Playbook("hello.yaml", Samples.Hello + "\n# edited\n");
        _h.Event(_h.Contact("Luis", "Pardo"), EventKinds.InvitationReceived, daysAgo: 0);

        _h.Run();

        var second = _h.Db.Runs.List().Single(r => r.Id != first.Id);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(_h.Catalog.Find("hello")!.ContentHash, second.Version);
    }

    private Run WaitingAfterSend()
    {
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        _h.Runtime.MarkSent(Assert.Single(_h.Db.Drafts.List()).Id);
        return _h.OnlyRun();
    }

    public void Dispose() => _h.Dispose();
}
