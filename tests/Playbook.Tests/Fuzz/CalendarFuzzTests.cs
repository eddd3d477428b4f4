using Playbook.Engine.Events;
using Playbook.Engine.Import.Calendar;
using Playbook.Tests.Support;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Damaged calendars, made by mutating the calendar fixtures with fixed seeds: each file is imported or refused with a
/// reason, never with an exception, and nothing is stored for a file that was refused.
/// </summary>
public sealed class CalendarFuzzTests
{
    [Theory]
    [InlineData("google-owner.ics")]
    [InlineData("outlook-romance.ics")]
    public void Import_MutatedCalendar_ImportsOrRefusesWithAReason(string fixture)
    {
        using var test = new TestStore();
        test.AddContact("Ana", "García", email: "ana.garcia@example.com");
        test.AddContact("Ben", "Okafor", email: "ben@okafor.example");
        var text = File.ReadAllText(RepoPaths.Fixture(Path.Combine("calendar", fixture)));
        var random = new Random(20261206);
        var failures = new List<string>();

        for (var i = 0; i < 150; i++)
        {
            var path = test.Folder.Write($"mutated/{i:D2}.ics", FileMutations.Mutate(text, random, out var how));
            var before = test.EventsOf(EventKinds.Meeting).Count;
            try
            {
                var file = new CalendarImporter(test.Store).Import([path]).Files.Single();
                if (!file.Succeeded && (string.IsNullOrWhiteSpace(file.Error) || test.EventsOf(EventKinds.Meeting).Count != before))
                {
                    failures.Add($"{i} ({how}): refused without a reason, or stored something: {file.Error}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{i} ({how}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
