using Playbook.Engine.Runs;

namespace Playbook.Tui.Cli;

/// <summary>
/// A task as <c>tasks --json</c> prints it: the contract's fields, then the playbook that created it, the event that asked
/// for it and the other contact it is about.
/// </summary>
internal sealed record TaskJson(long Id, long ContactId, long? RunId, string Text, DateTimeOffset DueAt, bool Done, string? Playbook, long? EventId, long? LinkedContactId)
{
    public static TaskJson From(Reminder t) => new(t.Id, t.ContactId, t.RunId, t.Text, t.DueAt, t.Done, t.Playbook, t.EventId, t.LinkedContactId);
}
