using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

public sealed class DryRunTests : IDisposable
{
    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    [Fact]
    public void Run_DryRun_ChangesNothingInTheStore()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        var before = _h.Store.TableCounts();

        var report = _h.Run(dryRun: true);

        Assert.True(report.DryRun);
        Assert.Equal(1, report.RunsStarted);
        Assert.Equal(before, _h.Store.TableCounts());
        Assert.Equal("new", _h.Db.Contacts.Find(ana)!.Stage);
    }

    [Fact]
    public void Run_DryRun_CarriesEachRunToItsEndAsIfDraftsWereSentAndNobodyReplied()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run(dryRun: true);

        var trace = Assert.Single(report.Traces);
        Assert.Equal(("Ana Ruiz", RunStates.Done), (trace.ContactName, trace.Run.State));
        Assert.Equal(["Hi Ana, thanks for connecting!", "Still there, Ana?"], trace.Drafts.Select(d => d.Body));
        var task = Assert.Single(trace.Tasks);
        Assert.Equal(("Call Ana", _h.Now.AddDays(9)), (task.Text, task.DueAt));
        Assert.Equal(
            ["started", "drafted", "waiting", "draft", "waiting", "woke", "drafted", "waiting", "draft", "reminded", "done"],
            trace.Journal.Select(j => j.Action));
        Assert.EndsWith("(dry run: taken as sent)", trace.Journal[3].Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Drafts);
        Assert.Equal(1, report.Waiting);
    }

    [Fact]
    public void Run_DryRunThenRun_TheRealRunStillDoesEverything()
    {
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run(dryRun: true);

        var report = _h.Run();

        Assert.Equal((1, 1), (report.RunsStarted, report.Drafts));
    }

    public void Dispose() => _h.Dispose();
}
