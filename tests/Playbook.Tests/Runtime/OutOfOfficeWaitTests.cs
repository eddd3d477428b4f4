using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>An out-of-office with a return date moves a wait's end to after the return: the nudge waits until they are back.</summary>
public sealed class OutOfOfficeWaitTests : IDisposable
{
    private readonly RuntimeHarness _h = new(builtIns: true);

    /// <summary>An invitation welcomed and sent on Mon 30 Nov 2026; returns the contact.</summary>
    private long Welcomed()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 0, body: "Hola, me encantaría conectar.");
        _h.Run();
        _h.Runtime.MarkSent(Assert.Single(_h.Db.Drafts.List()).Id);
        return ana;
    }

    private long OutOfOffice(long contact, string? until, string? reason = null)
    {
        var id = _h.Event(contact, EventKinds.MessageReceived, daysAgo: 0, body: "I'm out of the office until 14 December with no access to email.");
        _h.Classify(id, "auto");
        _h.Instruct(id, until, reason: reason);
        return id;
    }

    private List<Draft> Nudges() => [.. _h.Db.Drafts.List().Where(d => d.Step == "nudge")];

    [Fact]
    public void Tick_OutOfOfficeDuringTheWait_DraftsTheNudgeTwoWorkingDaysAfterTheReturn()
    {
        var ana = Welcomed();
        _h.Advance(TimeSpan.FromDays(3));
        OutOfOffice(ana, "2026-12-14");

        _h.Tick();
        _h.Advance(TimeSpan.FromDays(4));
        var onTime = _h.Tick();

        Assert.Empty(Nudges());
        Assert.Equal(0, onTime.Drafts);
        var run = _h.OnlyRun();
        Assert.Equal((RunStates.Waiting, "wait"), (run.State, run.Step));
        Assert.Equal(new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero), run.WakeAt);
        Assert.Contains("wait waiting: Ana Ruiz is out of office until Mon 14 Dec; the wait ends on Wed 16 Dec, 2 working days after", _h.Journal(run.Id));

        _h.Store.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero));
        _h.Tick();

        Assert.Single(Nudges());
    }

    [Fact]
    public void Tick_SameOutOfOfficeLookedAtTwice_MovesTheWaitOnce()
    {
        var ana = Welcomed();
        _h.Advance(TimeSpan.FromDays(3));
        OutOfOffice(ana, "2026-12-14");

        _h.Tick();
        _h.Advance(TimeSpan.FromHours(1));
        _h.Tick();
        _h.Advance(TimeSpan.FromDays(2));
        _h.Tick();

        var run = _h.OnlyRun();
        Assert.Single(_h.Journal(run.Id), line => line.Contains("out of office", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero), run.WakeAt);
    }

    [Fact]
    public void Tick_OutOfOfficeWithoutADate_ChangesNothing()
    {
        var ana = Welcomed();
        var wake = _h.OnlyRun().WakeAt;
        _h.Advance(TimeSpan.FromDays(3));
        OutOfOffice(ana, until: null);

        _h.Tick();
        _h.Advance(TimeSpan.FromDays(4));
        _h.Tick();

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), wake);
        Assert.Single(Nudges());
        Assert.DoesNotContain(_h.Journal(_h.OnlyRun().Id), line => line.Contains("out of office", StringComparison.Ordinal));
    }

    [Fact]
    public void Tick_ReturnBeforeTheWaitEnds_ChangesNothing()
    {
        var ana = Welcomed();
        _h.Advance(TimeSpan.FromDays(1));
        OutOfOffice(ana, "2026-12-02");

        _h.Tick();

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), _h.OnlyRun().WakeAt);
    }

    [Fact]
    public void Tick_SettingOfZeroWorkingDays_EndsTheWaitOnTheReturnDay()
    {
        _h.BackAfterWorkingDays = 0;
        var ana = Welcomed();
        _h.Advance(TimeSpan.FromDays(3));
        OutOfOffice(ana, "2026-12-14");

        _h.Tick();

        var run = _h.OnlyRun();
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 9, 0, 0, TimeSpan.Zero), run.WakeAt);
        Assert.Contains("wait waiting: Ana Ruiz is out of office until Mon 14 Dec; the wait ends on Mon 14 Dec, the day they are back", _h.Journal(run.Id));
    }

    [Fact]
    public void Tick_ReturnOverAWeekend_CountsWorkingDays()
    {
        var ana = Welcomed();
        _h.Advance(TimeSpan.FromDays(3));
        OutOfOffice(ana, "2026-12-17");

        _h.Tick();

        Assert.Equal(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero), _h.OnlyRun().WakeAt);
    }

    [Fact]
    public void Tick_CappedReturnDate_SaysSoInTheJournal()
    {
        var ana = Welcomed();
        _h.Advance(TimeSpan.FromDays(3));
        OutOfOffice(ana, "2027-12-03", reason: "out of office: 'hasta 2029' (return date capped at a year)");

        _h.Tick();

        var run = _h.OnlyRun();
        Assert.Contains("wait waiting: Ana Ruiz is out of office until Fri 3 Dec 2027; the wait ends on Tue 7 Dec 2027, 2 working days after"
            + " (the return date was more than a year ahead: taken as a year after the message)", _h.Journal(run.Id));
    }

    [Fact]
    public void Tick_ReplyAfterTheOutOfOffice_EndsTheRunAsAReply()
    {
        var ana = Welcomed();
        _h.Advance(TimeSpan.FromDays(1));
        OutOfOffice(ana, "2026-12-14");
        _h.Tick();
        _h.Advance(TimeSpan.FromDays(1));
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 0, body: "Back early! Happy to talk.");

        _h.Tick();

        Assert.Equal(RunStates.Done, _h.Db.Runs.List(playbook: "welcome").Single().State);
        Assert.Empty(Nudges());
    }

    public void Dispose() => _h.Dispose();
}
