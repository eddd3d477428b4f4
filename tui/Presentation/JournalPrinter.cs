using Playbook.Engine.Runs;

namespace Playbook.Tui.Presentation;

/// <summary>A run's journal for people: one line per entry, time, step and action in aligned columns.</summary>
internal static class JournalPrinter
{
    /// <summary>Writes <c>2026-11-30 08:00Z  welcome  drafted  draft 1 from ...</c> for each entry, after <paramref name="indent"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<JournalEntry> entries, string indent = "")
    {
        var stepWidth = entries.Count == 0 ? 0 : entries.Max(e => Step(e).Length);
        var actionWidth = entries.Count == 0 ? 0 : entries.Max(e => e.Action.Length);
        foreach (var entry in entries)
        {
            output.WriteLine($"{indent}{RuntimeText.Instant(entry.At)}  {Step(entry).PadRight(stepWidth)}  {entry.Action.PadRight(actionWidth)}  {entry.Message}");
        }
    }

    // An entry about the run as a whole (started, done) has no step.
    private static string Step(JournalEntry entry) => entry.Step ?? "-";
}
