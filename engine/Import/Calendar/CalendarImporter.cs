using System.Runtime.Serialization;
using Ical.Net.Evaluation;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// Meetings from calendars (<c>.ics</c> files, folders of them, Google Takeout zips): every occurrence, up to the clock,
/// of an event one of whose attendees is a known contact becomes a <c>meeting</c> on that contact, at its start in UTC,
/// with the event's summary as its body, on channel <c>calendar</c>; a one-off event still to come is recorded as
/// planned (see <see cref="PlannedMeetings"/>), moved when the calendar moves it, taken back when it is cancelled. No contact is created from a calendar. The event's
/// UID and occurrence identify the meeting, so the same event in two calendars, or a calendar imported again, adds it
/// once. One transaction per calendar file.
/// </summary>
/// <param name="store">Where the meetings go.</param>
/// <param name="ownerEmails">
/// The owner's addresses from <c>config.yaml</c>, besides those the store knows from the LinkedIn export; all are left out of every
/// event's attendees, and so is the address a Google calendar is named after.
/// </param>
/// <param name="me">
/// The me-profile the reminders of planned meetings are written with (what the contact and the owner have in common);
/// null: the one the store holds, without <c>config.yaml</c>'s goals.
/// </param>
public sealed class CalendarImporter(ContactStore store, IReadOnlyCollection<string>? ownerEmails = null, MeProfile? me = null)
{
    /// <summary>The channel of the meetings a calendar brings.</summary>
    public const string Channel = "calendar";

    /// <summary>
    /// Imports the calendars at <paramref name="paths"/>. A path that cannot be read at all fails (the others still
    /// import); a calendar cut off in the middle keeps what is whole and lists the cut.
    /// </summary>
    public ImportReport Import(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var reports = new List<FileReport>();
        var touched = new HashSet<long>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                reports.Add(new FileReport { File = path, Error = "no such file or folder" });
                continue;
            }

            List<(string Name, Func<string> Read)> files;
            try
            {
                files = CalendarFiles.At(path).ToList();
            }
            catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
            {
                reports.Add(new FileReport { File = path, Error = reason });
                continue;
            }

            if (files.Count == 0)
            {
                reports.Add(new FileReport { File = path, Error = "holds no .ics file; export the calendar as iCalendar (.ics)" });
                continue;
            }

            var done = 0;
            foreach (var (name, read) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reports.Add(ImportFile(name, read, touched));
                progress?.Report(new ImportProgress(path, ++done, (double)done / files.Count));
            }
        }

        store.Events.AdvanceStages(touched);
        PassPlanned();
        return new ImportReport(string.Join(", ", paths), reports) { ChangedContacts = touched };
    }

    /// <summary>
    /// Moves the contacts whose planned meetings have taken place, and writes the tasks of those still to come, in one
    /// transaction after the files' own.
    /// </summary>
    private void PassPlanned()
    {
        var owner = me ?? store.Me.Get();
        using var session = new RunSession(store);
        session.BeginBatch();
        PlannedMeetings.Pass(session, owner, store.Clock.GetUtcNow());
        session.CommitBatch();
    }

    private FileReport ImportFile(string name, Func<string> read, HashSet<long> touched)
    {
        var tally = new FileTally(name);
        try
        {
            var whole = CalendarText.Whole(name, read());
            var calendar = Load(name, whole.Text);
            if (whole.CutAtLine is { } line)
            {
                tally.Skip(line, whole.CutReason);
            }

            var now = store.Clock.GetUtcNow();
            store.InTransaction(transaction =>
            {
                using var statements = new Statements(store.Connection, transaction);
                using var events = new EventWriter(store.Connection, transaction, now, store.Replies);
                var contacts = new CalendarPeople(statements, Owners(calendar));
                var planned = new RecordedPlans(store.Connection, transaction);
                foreach (var meeting in CalendarMeetings.Of(calendar, now, tally))
                {
                    if (meeting.Cancelled)
                    {
                        tally.Withdrawn += planned.WithdrawAll(meeting.Key);
                        continue;
                    }

                    Store(meeting, contacts, events, planned, tally);
                }

                touched.UnionWith(events.Touched);
                return 0;
            });
            return tally.ToReport(0);
        }
        catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
        {
            return new FileReport { File = name, Error = reason };
        }
        catch (Exception e) when (e is ArgumentException or EvaluationException)
        {
            // The calendar parsed, but working out its times failed (a time zone no one knows, an end before its start):
            // the file's transaction rolled back, and the other files go on.
            return new FileReport { File = name, Error = $"cannot be read as a calendar ({e.Message.Split('\n')[0].TrimEnd('.')}); nothing of it was imported" };
        }
    }

    private static Ical.Net.Calendar Load(string name, string text)
    {
        try
        {
            return Ical.Net.Calendar.Load(text) ?? throw new ImportException(name, "holds no calendar; export it again as iCalendar (.ics)");
        }
        catch (Exception e) when (e is SerializationException or FormatException or ArgumentException or InvalidOperationException or ArithmeticException)
        {
            throw new ImportException(name, $"cannot be read as a calendar ({e.Message.Split('\n')[0].TrimEnd('.')}); nothing of it was imported", e);
        }
    }

    /// <summary>The owner's addresses, and the calendar's own where it says: Google names each calendar after its owner's address.</summary>
    private HashSet<string> Owners(Ical.Net.Calendar calendar)
    {
        var owners = (ownerEmails ?? []).Concat(store.Me.Emails()).Select(CalendarPeople.EmailOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (calendar.Properties["X-WR-CALNAME"]?.Value is string calendarName && CalendarPeople.EmailOf(calendarName) is { } named)
        {
            owners.Add(named);
        }

        return owners;
    }

    private static void Store(CalendarMeeting meeting, CalendarPeople contacts, EventWriter events, RecordedPlans planned, FileTally tally)
    {
        foreach (var attendee in meeting.Attendees)
        {
            if (attendee.Type is { } type && (type.Equals("ROOM", StringComparison.OrdinalIgnoreCase) || type.Equals("RESOURCE", StringComparison.OrdinalIgnoreCase)))
            {
                tally.Ignore(CalendarLeftOut.Room);
                continue;
            }

            var email = CalendarPeople.EmailOf(attendee.Value?.OriginalString);
            if (email is null || contacts.IsOwner(email))
            {
                tally.Ignore(email is null ? CalendarLeftOut.Stranger : CalendarLeftOut.Owner);
                continue;
            }

            if (contacts.Find(email) is not { } contactId)
            {
                tally.Ignore(CalendarLeftOut.Stranger);
                continue;
            }

            var key = RecordedPlans.KeyOf(meeting.Key, contactId);
            if (string.Equals(attendee.ParticipationStatus, "DECLINED", StringComparison.OrdinalIgnoreCase))
            {
                tally.Ignore(CalendarLeftOut.Declined);
                tally.Withdrawn += planned.Withdraw(key) ? 1 : 0;
                continue;
            }

            if (planned.Move(key, meeting.Start, meeting.Summary) is { } moved)
            {
                tally.Count(moved ? UpsertOutcome.Updated : UpsertOutcome.Unchanged);
            }
            else
            {
                var added = events.Add(contactId, EventKinds.Meeting, meeting.Start, Channel, null, meeting.Summary, null, key);
                tally.Count(added ? UpsertOutcome.Added : UpsertOutcome.Unchanged);
            }

            tally.Planned += meeting.Planned ? 1 : 0;
        }
    }
}
