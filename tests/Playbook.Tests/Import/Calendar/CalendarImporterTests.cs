using System.IO.Compression;
using Microsoft.Extensions.Time.Testing;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Calendar;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Calendar;

public sealed class CalendarImporterTests
{
    private static string Fixture(string name) => RepoPaths.Fixture(Path.Combine("calendar", name));

    private static (TestStore Test, long Ana, long Ben) StoreWithContacts()
    {
        var test = new TestStore();
        var ana = test.AddContact("Ana", "García", email: "ana.garcia@example.com");
        var ben = test.AddContact("Ben", "Okafor", email: "Ben@Okafor.example");
        return (test, ana, ben);
    }

    private static ImportReport Import(TestStore test, params string[] paths) => new CalendarImporter(test.Store).Import(paths);

    private static List<(string At, string? Body)> Meetings(TestStore test, long contactId) =>
        test.Store.Events.List(contactId, EventKinds.Meeting).OrderBy(e => e.At)
            .Select(e => (e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture), e.Body)).ToList();

    [Fact]
    public void Import_GoogleSeries_ExpandsUpToTheClockWithExdateMovedAndCancelledInstancesAcrossSummerTime()
    {
        var (test, ana, _) = StoreWithContacts();
        using var _ = test;

        Import(test, Fixture("google-owner.ics"));

        Assert.Equal(
        [
            ("2026-10-01T15:00Z", "Ana / owner 1:1"),
            ("2026-10-08T15:00Z", "Ana / owner 1:1"),
            ("2026-10-23T10:00Z", "Ana / owner 1:1 (moved to Friday)"),
            ("2026-11-05T16:00Z", "Ana / owner 1:1"),
            ("2026-12-10T09:00Z", "Workshop planning with Ana"), // one-off, after the clock: planned
        ], Meetings(test, ana));
        Assert.All(test.Store.Events.List(ana, EventKinds.Meeting), e => Assert.Equal("calendar", e.Channel));
    }

    [Fact]
    public void Import_GoogleCalendar_CountsWhatItLeftOutByReason()
    {
        var (test, _, ben) = StoreWithContacts();
        using var _ = test;

        var file = Import(test, Fixture("google-owner.ics")).Files.Single();

        Assert.Equal((6, 1), (file.Added, file.Planned));
        Assert.Equal([("2026-11-10T09:00Z", "Roadmap review with Ben")], Meetings(test, ben));
        Assert.Equal(2, file.Ignored[CalendarLeftOut.Cancelled]);
        Assert.Equal(1, file.Ignored[CalendarLeftOut.Declined]);
        Assert.Equal(1, file.Ignored[CalendarLeftOut.Room]);
        Assert.Equal(1, file.Ignored[CalendarLeftOut.Stranger]);
        Assert.Equal(8, file.Ignored[CalendarLeftOut.Owner]);
        Assert.Equal(2, file.Ignored[CalendarLeftOut.AllDayAlone]);
        Assert.Empty(file.Skips);
    }

    [Fact]
    public void Import_Strangers_CreatesNoContact()
    {
        var (test, _, _) = StoreWithContacts();
        using var _ = test;

        Import(test, Fixture("google-owner.ics"));

        Assert.Equal(2, test.ContactCount);
    }

    [Fact]
    public void Import_Again_AddsNothing()
    {
        var (test, _, _) = StoreWithContacts();
        using var _ = test;
        Import(test, Fixture("google-owner.ics"));

        var again = Import(test, Fixture("google-owner.ics")).Files.Single();

        Assert.Equal((0, 6), (again.Added, again.Unchanged));
        Assert.Equal(6, test.EventsOf(EventKinds.Meeting).Count);
    }

    [Fact]
    public void Import_SameEventInTwoCalendarsOfATakeoutZip_IsOneMeeting()
    {
        var (test, _, ben) = StoreWithContacts();
        using var _ = test;
        var zip = Path.Combine(test.Folder.Folder("takeout"), "takeout-20261130T080000Z-001.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Fixture("google-owner.ics"), "Takeout/Calendar/owner@example.com.ics");
            archive.CreateEntryFromFile(Fixture("team-roadmap.ics"), "Takeout/Calendar/Team Roadmap.ics");
        }

        var report = Import(test, zip);

        Assert.Equal(2, report.Files.Count);
        var team = report.Files.Single(f => f.File.EndsWith("Team Roadmap.ics", StringComparison.Ordinal));
        var owner = report.Files.Single(f => f.File.EndsWith("owner@example.com.ics", StringComparison.Ordinal));
        Assert.Equal((1, 0), (team.Added, team.Unchanged));
        Assert.Equal((5, 1), (owner.Added, owner.Unchanged));
        Assert.Single(Meetings(test, ben));
    }

    [Fact]
    public void Import_Folder_ReadsItsCalendars()
    {
        var (test, ana, ben) = StoreWithContacts();
        using var _ = test;
        var folder = test.Folder.Folder("calendars");
        File.Copy(Fixture("google-owner.ics"), Path.Combine(folder, "owner.ics"));
        File.Copy(Fixture("outlook-romance.ics"), Path.Combine(folder, "outlook.ics"));

        var report = Import(test, folder);

        Assert.Equal(2, report.Files.Count);
        Assert.Equal(5, Meetings(test, ana).Count);
        Assert.Equal(7, Meetings(test, ben).Count);
    }

    [Fact]
    public void Import_OutlookWindowsZoneName_StartsInUtcAcrossTheMarchChange()
    {
        var (test, _, ben) = StoreWithContacts();
        using var _ = test;

        Import(test, Fixture("outlook-romance.ics"));

        Assert.Equal(
            ["2026-03-05T09:00Z", "2026-03-12T09:00Z", "2026-03-19T09:00Z", "2026-03-26T09:00Z", "2026-04-02T08:00Z", "2026-04-09T08:00Z"],
            Meetings(test, ben).Select(m => m.At));
    }

    [Fact]
    public void Import_OwnerAddressesGiven_LeavesTheOwnerOutOfAnOutlookCalendar()
    {
        var (test, _, _) = StoreWithContacts();
        using var _ = test;

        var file = new CalendarImporter(test.Store, ["Owner@Example.com"]).Import([Fixture("outlook-romance.ics")]).Files.Single();

        Assert.Equal(6, file.Ignored[CalendarLeftOut.Owner]);
        Assert.False(file.Ignored.ContainsKey(CalendarLeftOut.Stranger));
    }

    [Fact]
    public void Import_SeriesPastTheClock_StopsAtTheClock()
    {
        using var folder = new TempFolder();
        using var store = ContactStore.Open(Path.Combine(folder.Path, "playbook.db"), new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero)));
        store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(store.Connection, transaction, "test", store.Clock.GetUtcNow());
            var (id, _) = writer.Upsert(new ContactFacts { FirstName = "Ben", LastName = "Okafor", Emails = ["ben@okafor.example"] }, new DateOnly(2026, 3, 1));
            writer.Complete();
            return id;
        });

        new CalendarImporter(store).Import([Fixture("outlook-romance.ics")]);

        Assert.Equal(3, store.Events.List(kind: EventKinds.Meeting).Count);
    }

    [Fact]
    public void Import_Meeting_MovesTheContactToTheMeetingStage()
    {
        var (test, ana, _) = StoreWithContacts();
        using var _ = test;

        Import(test, Fixture("google-owner.ics"));

        Assert.Equal(Stages.Meeting, test.Store.Contacts.Find(ana)!.Stage);
    }

    [Fact]
    public void Import_TruncatedCalendar_KeepsWhatIsWholeAndListsTheCut()
    {
        var (test, ana, ben) = StoreWithContacts();
        using var _ = test;

        var file = Import(test, Fixture("truncated.ics")).Files.Single();

        Assert.True(file.Succeeded);
        Assert.Equal([("2026-11-03T15:00Z", "Coffee with Ana")], Meetings(test, ana));
        Assert.Empty(Meetings(test, ben));
        var skip = Assert.Single(file.Skips);
        Assert.Equal(
            $"{Fixture("truncated.ics")}(21): the file ends inside this VEVENT (no END:VEVENT); it and anything after it were left out",
            skip.ToString());
    }

    [Fact]
    public void Import_ThousandsOfStrangers_StoresNothingForThemAndCreatesNoContact()
    {
        var (test, _, ben) = StoreWithContacts();
        using var _ = test;
        var text = new System.Text.StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"BEGIN:VEVENT\r\nUID:s{i}@test\r\nDTSTART:20261102T{9 + (i % 8):D2}0000Z\r\nDTEND:20261102T{10 + (i % 8):D2}0000Z\r\nSUMMARY:Call {i}\r\n"
                + $"ATTENDEE:mailto:person{i}@elsewhere.example\r\nATTENDEE:mailto:other{i}@elsewhere.example\r\nEND:VEVENT\r\n");
        }

        text.Append("BEGIN:VEVENT\r\nUID:ben@test\r\nDTSTART:20261103T100000Z\r\nDTEND:20261103T110000Z\r\nSUMMARY:Pilot\r\nATTENDEE:mailto:ben@okafor.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var ics = test.Folder.Write("strangers.ics", text.ToString());

        var file = Import(test, ics).Files.Single();

        Assert.Equal((1, 6_000), (file.Added, file.Ignored[CalendarLeftOut.Stranger]));
        Assert.Equal(2, test.ContactCount);
        Assert.Equal([("2026-11-03T10:00Z", "Pilot")], Meetings(test, ben));
        Assert.Single(test.EventsOf(EventKinds.Meeting));
    }

    [Fact]
    public void Import_NotACalendar_FailsTheFileAndStoresNothing()
    {
        var (test, _, _) = StoreWithContacts();
        using var _ = test;

        var report = Import(test, Fixture("not-a-calendar.ics"), Fixture("outlook-romance.ics"));

        Assert.True(report.HasFailedFiles);
        Assert.Equal("is not an iCalendar file (it has no BEGIN:VCALENDAR line); export the calendar again as .ics", report.Files[0].Error);
        Assert.Equal(6, report.Files[1].Added);
    }

    [Fact]
    public void Import_CalendarsOverTheLimit_FailEachWithItsSizeAndTheOthersImport()
    {
        var (test, _, _) = StoreWithContacts();
        using var _ = test;
        var large = Path.Combine(test.Folder.Path, "large.ics");
        using (var file = File.Create(large))
        {
            file.SetLength(CalendarFiles.MaxBytes + 1L);
        }

        // A zip's entry of a gigabyte of one repeated line is a few megabytes compressed.
        var zipped = Path.Combine(test.Folder.Path, "takeout.zip");
        using (var zip = ZipFile.Open(zipped, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("Takeout/Calendar/bomb.ics").Open());
            writer.Write("BEGIN:VCALENDAR\r\n");
            var line = new string('x', 1023) + "\n";
            for (var i = 0; i < (CalendarFiles.MaxBytes >> 10) + 1; i++)
            {
                writer.Write(line);
            }
        }

        var report = Import(test, large, zipped, Fixture("outlook-romance.ics"));

        Assert.Equal("is 64.0 MB, and a calendar may be at most 64 MB; export a shorter range of it (nothing of it was imported)", report.Files[0].Error);
        Assert.Equal("is more than 64 MB, and a calendar may be at most 64 MB; export a shorter range of it (nothing of it was imported)", report.Files[1].Error);
        Assert.Equal(6, report.Files[2].Added);
    }

    [Fact]
    public void Import_DeviceThatReadsForEver_FailsAsMoreThanTheLimitNotAsItsLength()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (test, _, _) = StoreWithContacts();
        using var _ = test;

        // A device has no length (0 bytes), so only the read finds it past the limit.
        var report = Import(test, "/dev/zero", Fixture("outlook-romance.ics"));

        Assert.Equal("is more than 64 MB, and a calendar may be at most 64 MB; export a shorter range of it (nothing of it was imported)", report.Files[0].Error);
        Assert.Equal(6, report.Files[1].Added);
    }

    [Fact]
    public void Import_MissingPath_FailsThatPath()
    {
        var (test, _, _) = StoreWithContacts();
        using var _ = test;

        var report = Import(test, Path.Combine(test.Folder.Path, "nowhere.ics"));

        Assert.Equal("no such file or folder", report.Files.Single().Error);
        Assert.Empty(test.EventsOf(EventKinds.Meeting));
    }
}
