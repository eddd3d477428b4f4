using Playbook.Engine.Runs;

namespace Playbook.Tui.Cli;

/// <summary>One journal entry as <c>journal --json</c> prints it.</summary>
internal sealed record JournalEntryJson(long Id, long RunId, DateTimeOffset At, string? Step, string Action, string Message)
{
    public static JournalEntryJson From(JournalEntry e) => new(e.Id, e.RunId, e.At, e.Step, e.Action, e.Message);
}
