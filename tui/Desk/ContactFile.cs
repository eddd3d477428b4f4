using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tui.Desk;

/// <summary>Everything the contact screen shows of one person.</summary>
internal sealed record ContactFile(
    Contact Contact,
    IReadOnlyList<ContactEvent> Events,
    IReadOnlyList<Run> Runs,
    IReadOnlyList<Draft> Drafts,
    IReadOnlyList<Reminder> Tasks,
    ContactAnalysis Analysis,
    IReadOnlyList<NetworkIdentity> Identities);
