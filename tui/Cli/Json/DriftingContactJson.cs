using Playbook.Engine.Stats;
using Playbook.Engine.Time;

namespace Playbook.Tui.Cli;

/// <summary>A contact losing touch as <c>losing-touch --json</c> prints it.</summary>
internal sealed record DriftingContactJson(
    long ContactId, string FullName, string Stage, DateTimeOffset? LastInteraction, string Cadence, int OverdueDays, string Playbook, DateOnly? ParkedUntil)
{
    public static DriftingContactJson From(DriftingContact d) =>
        new(d.Contact.Id, d.Contact.FullName, d.Contact.Stage, d.LastInteraction, Duration.Format(d.Cadence), (int)d.Overdue.TotalDays, d.Playbook, d.ParkedUntil);
}
