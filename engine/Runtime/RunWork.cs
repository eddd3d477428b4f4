using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;

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

    /// <summary>
    /// What was read ahead of the run (see <see cref="ContactReading"/>): its analysis and that analysis's JSON are used
    /// while <see cref="Analysis"/> is that very analysis.
    /// </summary>
    public ContactReading? Reading { get; init; }

    /// <summary>The language to write to the contact in, as of <see cref="LanguageAsOf"/>, when it was chosen already (read ahead).</summary>
    public LanguageChoice? Language { get; init; }

    /// <summary>The time <see cref="Language"/> was chosen as of.</summary>
    public DateTimeOffset LanguageAsOf { get; init; }

    /// <summary>The work of <paramref name="run"/> as of <paramref name="asOf"/>, read through <paramref name="session"/>; null when its contact is gone.</summary>
    public static RunWork? Load(RunSession session, Run run, PlaybookDefinition playbook, DateTimeOffset asOf)
    {
        if (session.Contact(run.ContactId) is not { } contact)
        {
            return null;
        }

        var history = session.History(contact.Id, asOf);
        var e = run.EventId is { } eventId ? history.Find(h => h.Id == eventId) ?? session.Event(eventId) : null;
        return new RunWork(run, playbook, contact, history, e);
    }
}
