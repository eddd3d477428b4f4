using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;

namespace Playbook.Tests.Runtime;

/// <summary>A batch cut short at any point, then run again, finishes the work exactly once.</summary>
public sealed class RecoveryTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(100)]
    [InlineData(149)]
    public void Run_CrashMidBatchThenRunAgain_WritesEveryDraftExactlyOnce(int crashAfter)
    {
        _h.BatchSize = 50;
        for (var i = 0; i < 150; i++)
        {
            _h.Event(_h.Contact($"P{i}", "Test"), EventKinds.InvitationReceived, daysAgo: 1 + (i % 10));
        }

        Assert.Throws<CrashException>(() => _h.Runtime.Run(RunRequest.All, new CrashAt(crashAfter)));
        var kept = _h.Scalar("SELECT count(*) FROM runs");
        var again = _h.Run();

        Assert.Equal(crashAfter / 50 * 50, kept);
        Assert.Equal(150 - kept, again.RunsStarted);
        Assert.Equal(150, _h.Scalar("SELECT count(*) FROM runs"));
        Assert.Equal(150, _h.Scalar("SELECT count(*) FROM drafts"));
        Assert.Equal(150, _h.Scalar("SELECT count(DISTINCT run_id) FROM drafts"));
        Assert.Equal(150 * 3, _h.Scalar("SELECT count(*) FROM journal"));
        Assert.Equal(0, _h.Scalar("SELECT count(*) FROM runs WHERE state <> 'waiting'"));
    }

    [Fact]
    public void Tick_RunLeftRunningByACrash_IsTakenUpAtItsStep()
    {
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        var run = _h.OnlyRun();
        // As a crash would leave it: its position moved to 'nudge' and committed, the nudge itself not yet written.
        _h.Db.Connection.CreateCommand().Apply(c =>
        {
            c.CommandText = "UPDATE runs SET state = 'running', step = 'nudge', held_by = NULL WHERE id = " + run.Id;
            c.ExecuteNonQuery();
        });

        var tick = _h.Tick();

        Assert.Equal((1, 1), (tick.RunsResumed, tick.Drafts));
        Assert.Equal(["hello", "nudge"], _h.Db.Drafts.List(null).Select(d => d.Step));
        Assert.Equal((RunStates.Waiting, "call"), (_h.OnlyRun().State, _h.OnlyRun().Step));
    }

    [Fact]
    public void Run_FailingStepInTheMiddle_KeepsNothingOfThatStepAndGoesOn()
    {
        _h.WithHello(Samples.Hello.Replace("  - id: hello\n", "  - id: tag\n    tag: welcomed\n  - id: broken\n    if: contact.Company.Length > 0\n    stage: contacted\n  - id: hello\n", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz");
        var luis = _h.Contact("Luis", "Pardo", "Contoso");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 2);
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        var failure = Assert.Single(report.Failures);
        Assert.Equal(("Ana Ruiz", "broken"), (failure.Contact, failure.Step));
        Assert.Equal(["welcomed"], _h.Db.Contacts.Find(ana)!.Tags);
        Assert.Equal("new", _h.Db.Contacts.Find(ana)!.Stage);
        Assert.Equal("contacted", _h.Db.Contacts.Find(luis)!.Stage);
        Assert.Equal((RunStates.Failed, "broken"), (_h.Db.Runs.Get(failure.RunId).State, _h.Db.Runs.Get(failure.RunId).Step));
        Assert.Single(_h.Db.Drafts.List());
    }

    public void Dispose() => _h.Dispose();

    private sealed class CrashException : Exception;

    /// <summary>Fails the batch after <c>n</c> items, as a power cut between two of them would.</summary>
    private sealed class CrashAt(int n) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            if (value.Done >= n)
            {
                throw new CrashException();
            }
        }
    }
}

internal static class CommandExtensions
{
    public static void Apply(this Microsoft.Data.Sqlite.SqliteCommand command, Action<Microsoft.Data.Sqlite.SqliteCommand> action)
    {
        using (command)
        {
            action(command);
        }
    }
}
