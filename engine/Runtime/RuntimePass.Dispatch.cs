using System.Globalization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Catalog;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Runs;
using Playbook.Engine.Store.Ahead;
using Playbook.Engine.Time;

namespace Playbook.Engine.Runtime;

/// <summary>
/// The dispatch: whether a due event or schedule period starts a run (<see cref="Gate"/>, which <c>run</c>, <c>tick</c>
/// and <c>why</c> share), and starting it.
/// </summary>
internal sealed partial class RuntimePass
{
    /// <summary>
    /// Starts a run of <paramref name="playbook"/> for the pending event <paramref name="eventId"/> of <paramref name="contactId"/>,
    /// unless the gate says no; with the contact as <paramref name="ahead"/> read it when this pass's writes have not touched it since.
    /// </summary>
    private void Dispatch(PlaybookDefinition playbook, long eventId, long contactId, ReadAhead<ContactReading>.Item? ahead)
    {
        var read = ahead is not null && !session.Touched(contactId) ? ahead : null;
        if ((read?.Contact ?? session.Contact(contactId)) is not { } contact)
        {
            return;
        }

        // The event is in the history: it is not after the clock, as the pending events' query asked.
        var history = read?.History ?? session.History(contact.Id, now);
        if (history.Find(h => h.Id == eventId) is not { } e)
        {
            return;
        }

        var instead = playbook.InsteadOf is { } replaced ? $", instead of {replaced}" : "";
        Begin(Gate(playbook, contact, history, e, read?.Extra),
            string.Create(CultureInfo.InvariantCulture, $"started by {e.Kind} of {JournalText.Show(e.At)} (event {e.Id}){instead}, version {playbook.ContentHash[..12]}"));
    }

    /// <summary>Starts a schedule's run for a contact whose period is over, unless a run already covers it.</summary>
    private void Start(PlaybookDefinition playbook, long contactId, long lastTicks)
    {
        if (WorkQueue.Covered(session, playbook, contactId, lastTicks) || session.Contact(contactId) is not { } contact)
        {
            return;
        }

        var last = new DateTimeOffset(lastTicks, TimeSpan.Zero);
        var instead = playbook.InsteadOf is { } replaced ? $", instead of {replaced}" : "";
        Begin(Gate(playbook, contact, session.History(contact.Id, now), null),
            $"started by the schedule (every {Duration.Format(playbook.Every!.Value)}; last interaction or arrival {JournalText.Show(last)}){instead}, version {playbook.ContentHash[..12]}");
    }

    /// <summary>
    /// Whether a run of <paramref name="playbook"/> starts for <paramref name="contact"/> on <paramref name="e"/> (null for a
    /// schedule's period) once it is due: not for a contact tagged <c>do-not-contact</c>, nor for an invitation the user
    /// already answered, nor when <c>when</c> is false. Writes nothing and counts nothing: <c>run</c>, <c>tick</c> and
    /// <c>why</c> all decide through it, so they never disagree. <paramref name="reading"/> is the contact's analysis and
    /// language when they were made already (read ahead); else each is made when something first needs it.
    /// </summary>
    internal DispatchGate Gate(PlaybookDefinition playbook, Contact contact, List<ContactEvent> history, ContactEvent? e, ContactReading? reading = null)
    {
        var work = new RunWork(
            new Run
            {
                Id = 0, Playbook = playbook.Name, Version = playbook.ContentHash, ContactId = contact.Id, EventId = e?.Id,
                State = RunStates.Running, Step = playbook.Steps[0].Id, StartedAt = now, UpdatedAt = now,
            },
            playbook, contact, history, e)
        { Analysis = reading?.Analysis, Reading = reading, Language = reading?.Language, LanguageAsOf = now };
        if (contact.Tags.Contains(StepRunner.DoNotContact, StringComparer.Ordinal))
        {
            return new DispatchGate(DispatchVerdict.DoNotContact, work, null);
        }

        if (e is { Kind: EventKinds.InvitationReceived } && history.Find(h => h.Kind == EventKinds.MessageSent && h.At >= e.At) is { } answer)
        {
            return new DispatchGate(DispatchVerdict.Answered, work, null) { Answer = answer };
        }

        if (playbook.When is { } when)
        {
            try
            {
                if (!Runner.Evaluate(when, ConditionKeys.When(playbook.Name), Runner.Context(work, now)))
                {
                    return new DispatchGate(DispatchVerdict.WhenFalse, work, null);
                }
            }
            catch (Scripting.ConditionException broken)
            {
                return new DispatchGate(DispatchVerdict.WhenFailed, work, broken.Message);
            }
        }

        if (Replacements.TakenOver(playbook, work) || Replacements.AlreadyRan(playbook, work) || Replacements.SiblingTakes(playbook, work))
        {
            // The event goes to the playbook that runs instead; looked at again next time, as for a false 'when'.
            return new DispatchGate(DispatchVerdict.InsteadOf, work, null);
        }

        return new DispatchGate(DispatchVerdict.Starts, work, null);
    }

    /// <summary>The context a condition of <paramref name="work"/> sees now (for <c>why</c> to read what <c>when</c> read).</summary>
    internal Playbooks.ConditionContext Context(RunWork work) => Runner.Context(work, now);

    /// <summary>Counts a skip, or creates the run and takes its first steps (a <c>when</c> that failed fails the run at once).</summary>
    private void Begin(DispatchGate gate, string startedBy)
    {
        switch (gate.Verdict)
        {
            case DispatchVerdict.DoNotContact:
                _counter.SkippedDoNotContact++;
                return;
            case DispatchVerdict.Answered:
                _counter.SkippedAnswered++;
                return;
            case DispatchVerdict.WhenFalse:
                // No run: the event (or the schedule) is looked at again next time, when the contact may have changed.
                _counter.SkippedByWhen++;
                return;
            case DispatchVerdict.InsteadOf:
                _counter.SkippedInsteadOf++;
                return;
        }

        var work = gate.Work;
        var playbook = work.Playbook;
        if (session.InsertRun(playbook.Name, playbook.ContentHash, work.Contact.Id, work.Event?.Id, work.Run.Step!, now) is not { } id)
        {
            return;
        }

        work.Run = work.Run with { Id = id };
        _counter.RunsStarted++;
        session.Journal(id, now, null, JournalActions.Started, startedBy);
        if (gate.Failure is { } failure)
        {
            Runner.Fail(work, null, failure, now);
        }
        else
        {
            Runner.Advance(work, now);
        }

        _counter.Note(work);
    }
}

/// <summary>
/// What a pass makes of a contact read ahead of its runs: its analysis, the analysis as a draft keeps it (JSON), and the
/// language to write to the contact in.
/// </summary>
internal sealed record ContactReading(ContactAnalysis Analysis, string AnalysisJson, Languages.LanguageChoice Language);
