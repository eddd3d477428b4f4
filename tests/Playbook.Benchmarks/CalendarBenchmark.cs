using System.Diagnostics;
using System.Globalization;
using System.Text;
using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Calendar;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// <c>import calendar</c> of ten years of a busy calendar: weekly series and one-off meetings, most with strangers,
/// some with 300 known contacts, in a store that holds those contacts.
/// </summary>
internal static class CalendarBenchmark
{
    private const int Contacts = 300;
    private const int Years = 10;

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "calendar")).FullName;
        var cards = new StringBuilder();
        for (var i = 0; i < Contacts; i++)
        {
            cards.Append(CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\nEMAIL:person{i}@known.example\r\nEND:VCARD\r\n");
        }

        var vcf = Path.Combine(folder, "contacts.vcf");
        File.WriteAllText(vcf, cards.ToString());
        var (ics, events) = Write(folder);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Calendar: {Years} years, {events:N0} events (weekly series and one-offs), {new FileInfo(ics).Length / 1024:N0} KB; {Contacts} known contacts"));

        var now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        using var store = ContactStore.Open(Path.Combine(work, "calendar.db"), new FixedClock(now));
        new AddressBookImporter(store).ImportVCards([vcf]);
        var memory = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var file = new CalendarImporter(store).Import([ics]).Files.Single();
        var elapsed = clock.Elapsed;
        memory.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  import calendar: {elapsed.TotalSeconds:0.00} s ({file.Added:N0} meetings added; left out: {string.Join(", ", file.Ignored.Select(i => $"{i.Key} {i.Value:N0}"))}), peak working set {memory.PeakWorkingSet64 / 1024 / 1024:N0} MB (target: a few seconds)"));
        clock.Restart();
        var again = new CalendarImporter(store).Import([ics]).Files.Single();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the same calendar again: {clock.Elapsed.TotalSeconds:0.00} s ({again.Unchanged:N0} unchanged, {again.Added} added)"));
    }

    /// <summary>
    /// Ten years: 60 weekly series of a year each (one known contact and two strangers), and 12 one-off meetings a
    /// week (one in five with a known contact, the rest with strangers and a room).
    /// </summary>
    private static (string Path, int Events) Write(string folder)
    {
        var random = new Random(20261130);
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Playbook//Benchmark//EN\r\nX-WR-CALNAME:owner@example.com\r\n");
        var start = new DateTime(2016, 12, 1, 9, 0, 0, DateTimeKind.Unspecified);
        var events = 0;
        for (var s = 0; s < 60; s++)
        {
            var first = start.AddDays(random.Next(365 * (Years - 1))).AddHours(random.Next(8));
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:series-{s}@bench\r\nDTSTART;TZID=Europe/Madrid:{first:yyyyMMdd'T'HHmmss}\r\nDTEND;TZID=Europe/Madrid:{first.AddMinutes(30):yyyyMMdd'T'HHmmss}\r\nRRULE:FREQ=WEEKLY;COUNT=52\r\nSUMMARY:Weekly {s}\r\n");
            text.Append(CultureInfo.InvariantCulture, $"ATTENDEE;PARTSTAT=ACCEPTED:mailto:owner@example.com\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:person{random.Next(Contacts)}@known.example\r\nATTENDEE:mailto:stranger{random.Next(5000)}@elsewhere.example\r\nATTENDEE:mailto:stranger{random.Next(5000)}@elsewhere.example\r\nEND:VEVENT\r\n");
            events++;
        }

        for (var day = 0; day < 365 * Years; day++)
        {
            if (day % 7 >= 5)
            {
                continue;
            }

            for (var m = 0; m < 12 / 5 + (day % 5 < 2 ? 1 : 0); m++)
            {
                var at = start.AddDays(day).AddHours(random.Next(9));
                var who = random.Next(5) == 0 ? $"person{random.Next(Contacts)}@known.example" : $"stranger{random.Next(5000)}@elsewhere.example";
                text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:one-{day}-{m}@bench\r\nDTSTART;TZID=Europe/Madrid:{at:yyyyMMdd'T'HHmmss}\r\nDTEND;TZID=Europe/Madrid:{at.AddHours(1):yyyyMMdd'T'HHmmss}\r\nSUMMARY:Meeting {day}-{m}\r\n");
                text.Append(CultureInfo.InvariantCulture, $"ATTENDEE;PARTSTAT=ACCEPTED:mailto:owner@example.com\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:{who}\r\nATTENDEE;CUTYPE=ROOM:mailto:room{m}@resource.example\r\nEND:VEVENT\r\n");
                events++;
            }
        }

        text.Append("END:VCALENDAR\r\n");
        var path = Path.Combine(folder, "ten-years.ics");
        File.WriteAllText(path, text.ToString());
        return (path, events);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
