using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

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

    [UnixFact]
    public void Run_DryRunOnAReadOnlyStore_TracesEachRunAndWritesNothing()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        var before = _h.Store.TableCounts();
        UnixFile.SetMode(_h.Store.Path, UnixFileMode.UserRead);
        try
        {
            using var readOnly = ContactStore.Open(_h.Store.Path, _h.Store.Clock);
            var runtime = new PlaybookRuntime(readOnly, _h.Catalog, new RuntimeSettings { Me = _h.Me });

            var report = runtime.Run(new RunRequest { DryRun = true });

            Assert.True(readOnly.IsReadOnly);
            Assert.Equal((1, 1), (report.RunsStarted, report.Drafts));
            Assert.Equal(["Hi Ana, thanks for connecting!", "Still there, Ana?"], Assert.Single(report.Traces).Drafts.Select(d => d.Body));
            Assert.Equal(before, _h.Store.TableCounts());
        }
        finally
        {
            UnixFile.SetMode(_h.Store.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Run_DryRunWhileAnotherProcessWrites_NeitherWaitsNorHoldsItOff()
    {
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.InvitationReceived, daysAgo: 1);
        using var other = ContactStore.Open(_h.Store.Path, _h.Store.Clock);
        using var write = other.Connection.BeginTransaction(deferred: false);

        var report = _h.Run(dryRun: true);

        Assert.Equal(1, report.RunsStarted);
        write.Commit();
    }

    [Fact]
    public void Run_DryRunOfAPlaybookWithHundredsOfWaits_CarriesTheRunToItsEnd()
    {
        // The simulation stopped after 100 waits, whatever the playbook's length, and said nothing.
        var steps = string.Concat(Enumerable.Range(0, 150).Select(i => $"  - {{ id: wait-{i}, wait: 1d }}\n"));
        _h.Playbook("long.yaml", $"schema: 1\nname: long\non: meeting\nsteps:\n{steps}  - {{ id: last, tag: reached }}\n");
        _h.Event(_h.Contact("Ana", "Ruiz"), EventKinds.Meeting, daysAgo: 1);

        var report = _h.Run(dryRun: true);

        var trace = Assert.Single(report.Traces, t => t.Run.Playbook == "long");
        Assert.Equal((RunStates.Done, 150), (trace.Run.State, trace.Journal.Count(j => j.Action == "woke")));
    }

    public void Dispose() => _h.Dispose();
}
