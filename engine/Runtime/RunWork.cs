using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Runs;

namespace Playbook.Engine.Runtime;

/// <summary>A run being moved on, with what its steps read: the contact as the steps leave it, its history, the event.</summary>
internal sealed class RunWork(Run run, PlaybookDefinition playbook, Contact contact, List<ContactEvent> history, ContactEvent? triggeringEvent)
{
    public Run Run { get; set; } = run;

    public PlaybookDefinition Playbook { get; } = playbook;

    public Contact Contact { get; set; } = contact;

    public List<ContactEvent> History { get; } = history;

    public ContactEvent? Event { get; } = triggeringEvent;

    /// <summary>The contact against the me-profile, once something read it; made again after a restart.</summary>
    public ContactAnalysis? Analysis { get; set; }
}
