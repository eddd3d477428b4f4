using Playbook.Engine.Contacts;

namespace Playbook.Engine.Stats;

/// <summary>A contact in conversation or further whose last interaction is older than their cadence.</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Playbook">The schedule whose cadence applies (the shortest of those whose <c>when</c> matches).</param>
/// <param name="Cadence">That schedule's <c>every</c>.</param>
/// <param name="LastInteraction">The last message, meeting, collaboration or note, or null when there was none.</param>
/// <param name="Overdue">How long past the cadence the contact is.</param>
public sealed record DriftingContact(Contact Contact, string Playbook, TimeSpan Cadence, DateTimeOffset? LastInteraction, TimeSpan Overdue)
{
    /// <summary>
    /// The day the contact's latest reply asked to be written to again ("write me in January"), when it is still to
    /// come: until then they are parked, not lost. Null for a contact losing touch.
    /// </summary>
    public DateOnly? ParkedUntil { get; init; }
}
