using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Calendar;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Runs;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Calendar;

/// <summary>A one-off meeting still to come at the clock (30 Nov 2026 08:00 UTC): planned.ics is on 3 Dec at 10:00 Madrid.</summary>
public sealed class PlannedMeetingTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly TestStore _test = new();
    private readonly long _ana;

    public PlannedMeetingTests()
    {
        _ana = _test.AddContact("Ana", "López", company: "Shopify Plus partner", email: "ana.garcia@example.com");
        _test.Clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid"));
    }

    public void Dispose() => _test.Dispose();

    private static string Fixture(string name) => RepoPaths.Fixture(Path.Combine("calendar", name));

    private FileReport Import(string name, MeProfile? me = null) =>
        new CalendarImporter(_test.Store, me: me).Import([Fixture(name)]).Files.Single();

    private ContactEvent Meeting() => Assert.Single(_test.Store.Events.List(_ana, EventKinds.Meeting));

    private Reminder Task() => Assert.Single(_test.Store.Tasks.List(includeDone: true));

    private string Stage() => _test.Store.Contacts.Get(_ana.ToString(System.Globalization.CultureInfo.InvariantCulture)).Stage;

    [Fact]
    public void Import_OneOffStillToCome_IsStoredAtItsStartAsPlannedAndLeavesTheStage()
    {
        var file = Import("planned.ics");

        Assert.Equal((1, 1), (file.Added, file.Planned));
        Assert.Equal((Start, "Roadmap review", "calendar"), (Meeting().At, Meeting().Body, Meeting().Channel));
        Assert.Equal(Stages.New, Stage());
    }

    [Fact]
    public void Import_PlannedMeeting_AddsATaskDueTheDayBeforeThatSaysWhatIsKnownOfTheContact()
    {
        _test.Store.Events.Add(_ana, EventKinds.MessageReceived, Start.AddDays(-6), "Hola! Me encantaría hablar de vuestra tienda online y de cómo trabajáis con Shopify", "linkedin");
        _test.Store.Events.Add(_ana, EventKinds.MessageSent, Start.AddDays(-5), "Claro, ¿el jueves a las 10?", "linkedin");
        _test.Execute("""
            INSERT INTO drafts (run_id, contact_id, playbook, step, channel, template, body, created_at)
            VALUES (NULL, 1, 'welcome', 'draft', 'linkedin', 'welcome', 'Hola Ana', '2026-11-29T08:00:00.0000000Z')
            """);
        var me = new MeProfile { FirstName = "Marta", Skills = ["Shopify"], Goals = [new Goal("clientes e-commerce", ["Shopify"], "a call")] };

        Import("planned.ics", me);

        var task = Task();
        Assert.Equal((_ana, (long?)null, Start.AddHours(-24), false), (task.ContactId, task.RunId, task.DueAt, task.Done));
        Assert.Equal(
            "Meeting with Ana López tomorrow, Thu 3 Dec 10:00 (Europe/Madrid) — Roadmap review. In common: Shopify. "
            + "Goals: clientes e-commerce (Shopify). "
            + "Last messages: 28 Nov out linkedin \"Claro, ¿el jueves a las 10?\"; 27 Nov in linkedin \"Hola! Me encantaría hablar de vuestra tienda online y de…\". "
            + "Open drafts: 1 (welcome).",
            task.Text);
    }

    [Fact]
    public void Import_Again_AddsNothingAndKeepsOneTask()
    {
        Import("planned.ics");

        var again = Import("planned.ics");

        Assert.Equal((0, 0, 1, 1), (again.Added, again.Updated, again.Unchanged, again.Planned));
        Assert.Single(_test.Store.Events.List(_ana, EventKinds.Meeting));
        Task();
    }

    [Fact]
    public void Import_MeetingMovedInTheCalendar_MovesTheMeetingAndItsTask()
    {
        Import("planned.ics");

        var moved = Import("planned-moved.ics");

        var friday = new DateTimeOffset(2026, 12, 4, 11, 30, 0, TimeSpan.Zero);
        Assert.Equal((0, 1, 1), (moved.Added, moved.Updated, moved.Planned));
        Assert.Equal((friday, "Roadmap review (moved to Friday)"), (Meeting().At, Meeting().Body));
        Assert.Equal(friday.AddHours(-24), Task().DueAt);
        Assert.StartsWith("Meeting with Ana López tomorrow, Fri 4 Dec 12:30 (Europe/Madrid) — Roadmap review (moved to Friday).", Task().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MeetingCancelledLater_TakesBackTheMeetingAndItsTask()
    {
        Import("planned.ics");

        var cancelled = Import("planned-cancelled.ics");

        Assert.Equal((0, 1, 1), (cancelled.Added, cancelled.Withdrawn, cancelled.Ignored[CalendarLeftOut.Cancelled]));
        Assert.Empty(_test.Store.Events.List(_ana, EventKinds.Meeting));
        Assert.Empty(_test.Store.Tasks.List(includeDone: true));
    }

    [Fact]
    public void Import_MeetingCancelledAfterItsTimeHadPassed_IsStillTakenBack()
    {
        Import("planned.ics");
        _test.Clock.Advance(TimeSpan.FromDays(5));

        var cancelled = Import("planned-cancelled.ics");

        Assert.Equal(1, cancelled.Withdrawn);
        Assert.Empty(_test.Store.Events.List(_ana, EventKinds.Meeting));
        Assert.Equal(Stages.New, Stage());
    }

    [Fact]
    public void Import_ContactDeclinedLater_TakesBackTheirMeeting()
    {
        Import("planned.ics");

        var declined = Import("planned-declined.ics");

        Assert.Equal((1, 1), (declined.Withdrawn, declined.Ignored[CalendarLeftOut.Declined]));
        Assert.Empty(_test.Store.Events.List(_ana, EventKinds.Meeting));
        Assert.Empty(_test.Store.Tasks.List(includeDone: true));
    }

    [Fact]
    public void Import_CalendarAgainAfterThePlannedMeeting_MovesTheStageAndClosesTheTask()
    {
        Import("planned.ics");
        _test.Clock.Advance(TimeSpan.FromDays(4));

        var again = Import("planned.ics");

        Assert.Equal((0, 1, 0), (again.Added, again.Unchanged, again.Planned));
        Assert.Equal(Stages.Meeting, Stage());
        Assert.True(Task().Done);
    }

    [Fact]
    public void Import_MeetingAlreadyPast_MovesTheStageAtOnceWithNoTask()
    {
        _test.Clock.Advance(TimeSpan.FromDays(4));

        var file = Import("planned.ics");

        Assert.Equal((1, 0), (file.Added, file.Planned));
        Assert.Equal(Stages.Meeting, Stage());
        Assert.Empty(_test.Store.Tasks.List(includeDone: true));
    }

    [Fact]
    public void AdvanceStages_PlannedMeeting_IsNotCountedBeforeItsTime()
    {
        Import("planned.ics");

        _test.Store.Events.AdvanceStages();

        Assert.Equal(Stages.New, Stage());
    }
}
