using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Engine.Runtime.Why;

/// <summary>
/// Works out <see cref="ContactWhy"/> for one contact: the filters the work queue applies (the trigger, <c>max_age</c>,
/// the clock, a run already there, a schedule's period), then the dispatch's own decision
/// (<see cref="RuntimePass.Gate"/>) for what gets past them. It reads the store and writes nothing.
/// </summary>
internal sealed class WhyExplainer(PlaybookCatalog catalog, RunSession session, RuntimePass pass, DateTimeOffset now)
{
    private const string EventsSql = $"SELECT {RuntimeRows.EventColumns} FROM events e WHERE e.contact_id = $p0 ORDER BY e.at_ticks, e.id";
    private const string RunsSql = $"SELECT {RuntimeRows.RunColumns} FROM runs r WHERE r.contact_id = $p0 ORDER BY r.id";

    public ContactWhy Explain(Contact contact, string? only)
    {
        var playbooks = Playbooks().Where(p => only is null || p.Definition.Name == only).ToList();
        var events = session.Query(EventsSql, RuntimeRows.Event, contact.Id);
        var runs = session.Query(RunsSql, RuntimeRows.Run, contact.Id).Where(r => only is null || r.Playbook == only).ToList();
        var history = session.History(contact.Id, now);
        var verdicts = new List<WhyVerdict>();
        foreach (var e in events)
        {
            var starting = playbooks.Where(p => !p.Definition.IsSchedule && p.Definition.Trigger == e.Kind).ToList();
            if (starting.Count == 0 && only is null && e.Kind != EventKinds.ContactImported)
            {
                verdicts.Add(new WhyVerdict(null, e, WhyOutcomes.NoPlaybook, $"no playbook starts on {e.Kind}") { Age = now - e.At });
            }

            foreach (var (playbook, state) in starting)
            {
                verdicts.Add(OfEvent(playbook, state, contact, history, e, runs) with { Age = now - e.At });
            }
        }

        foreach (var (playbook, state) in playbooks.Where(p => p.Definition.IsSchedule))
        {
            verdicts.Add(OfSchedule(playbook, state, contact, history, runs));
        }

        var standings = runs.Select(Standing).ToList();
        var notes = catalog.Unloaded
            .Where(f => only is null || f.Name is null || f.Name == only)
            .Select(f => f.State == UnloadedFile.NotTrusted
                ? $"{f.File} is not trusted, so none of its playbooks run; after reading it, 'playbook trust {f.File}' lets it run"
                : $"{f.File} did not load ({Count(f.ProblemCount, "problem")}), so{(f.Name is null ? " its playbook" : $" '{f.Name}'")} does not run; see 'playbook check'")
            .ToList();
        return new ContactWhy(contact, now, verdicts, standings, notes);
    }

    /// <summary>Every playbook with its state: null when it runs, else the outcome that keeps it from running and why.</summary>
    private IEnumerable<(PlaybookDefinition Definition, (string Outcome, string Reason)? State)> Playbooks()
    {
        foreach (var entry in catalog.Entries)
        {
            yield return (entry.Definition, entry switch
            {
                { Problems.Count: > 0 } => (WhyOutcomes.Problems,
                    $"playbook '{entry.Definition.Name}' has {Count(entry.Problems.Count, "problem")} and runs nothing until they are fixed; see 'playbook check'"),
                { SwitchedOff: true } => (WhyOutcomes.SwitchedOff,
                    $"playbook '{entry.Definition.Name}' is switched off; 'playbook enable {entry.Definition.Name}' switches it on"),
                _ => null,
            });
        }

        foreach (var withheld in catalog.Withheld)
        {
            yield return (withheld.BuiltIn, (WhyOutcomes.Problems,
                $"the built-in '{withheld.BuiltIn.Name}' is withheld: {withheld.UserFile} claims its name and has problems; see 'playbook check'"));
        }
    }

    private WhyVerdict OfEvent(
        PlaybookDefinition playbook, (string Outcome, string Reason)? state, Contact contact, List<ContactEvent> history, ContactEvent e, List<Run> runs)
    {
        var name = playbook.Name;
        if (runs.Find(r => r.Playbook == name && r.EventId == e.Id) is { } run)
        {
            return new WhyVerdict(name, e, WhyOutcomes.Started, string.Create(CultureInfo.InvariantCulture,
                $"run {run.Id} started {JournalText.Show(run.StartedAt)}; it is {run.State}")) { RunId = run.Id };
        }

        if (state is { } off)
        {
            return new WhyVerdict(name, e, off.Outcome, off.Reason);
        }

        if (e.At > now)
        {
            return new WhyVerdict(name, e, WhyOutcomes.Future, $"the event is after the clock ({JournalText.Show(now)}); a run after {JournalText.Show(e.At)} looks at it");
        }

        if (playbook.MaxAge is { } maxAge && e.At < Instants.Minus(now, maxAge))
        {
            return new WhyVerdict(name, e, WhyOutcomes.MaxAge,
                $"the event is {Age(now - e.At)} old, older than the playbook's max_age of {Duration.Format(maxAge)}: history, which starts nothing");
        }

        return Decide(playbook, contact, history, e, "the next 'playbook run' starts it");
    }

    private WhyVerdict OfSchedule(PlaybookDefinition playbook, (string Outcome, string Reason)? state, Contact contact, List<ContactEvent> history, List<Run> runs)
    {
        var name = playbook.Name;
        if (state is { } off)
        {
            return new WhyVerdict(name, null, off.Outcome, off.Reason);
        }

        var every = playbook.Every!.Value;
        var last = WorkQueue.LastInteractionOrArrival(session, contact.Id, now);
        if (last is not { } since)
        {
            return new WhyVerdict(name, null, WhyOutcomes.NotDue, "the contact has no interaction and no arrival in the store yet: the schedule has nothing to count from");
        }

        if (WorkQueue.Covered(session, playbook, contact.Id, since.UtcTicks))
        {
            var covering = runs.LastOrDefault(r => r.Playbook == name);
            return new WhyVerdict(name, null, WhyOutcomes.Covered, string.Create(CultureInfo.InvariantCulture,
                $"run {covering?.Id} covers the period that began {JournalText.Show(since)} (every {Duration.Format(every)})")) { RunId = covering?.Id };
        }

        var due = since + every;
        if (due > now)
        {
            var notDue = new WhyVerdict(name, null, WhyOutcomes.NotDue,
                $"due {JournalText.Show(due)}: every {Duration.Format(every)} after the last interaction or arrival, {JournalText.Show(since)}");

            // What would stop it once due, as things stand now, so that a schedule that will never fire says so today.
            return Decide(playbook, contact, history, null, "") switch
            {
                { Outcome: WhyOutcomes.When } blocked => notDue with
                {
                    Reason = $"{notDue.Reason}; and {blocked.Reason} now", Condition = blocked.Condition, Readings = blocked.Readings,
                },
                { Outcome: WhyOutcomes.DoNotContact } => notDue with { Reason = $"{notDue.Reason}; and the contact is tagged do-not-contact" },
                _ => notDue,
            };
        }

        return Decide(playbook, contact, history, null, $"due since {JournalText.Show(due)}: the next 'playbook tick' starts it");
    }

    /// <summary>The dispatch's own decision for what got past the queue's filters.</summary>
    private WhyVerdict Decide(PlaybookDefinition playbook, Contact contact, List<ContactEvent> history, ContactEvent? e, string pending)
    {
        var gate = pass.Gate(playbook, contact, history, e);
        var name = playbook.Name;
        var condition = playbook.When is { Code: not null, Location: var at }
            ? string.Create(CultureInfo.InvariantCulture, $"the script's When at {at.File}({at.Line})")
            : playbook.When?.Source;
        return gate.Verdict switch
        {
            DispatchVerdict.DoNotContact => new WhyVerdict(name, e, WhyOutcomes.DoNotContact, "the contact is tagged do-not-contact: no playbook starts for them"),
            DispatchVerdict.Answered => new WhyVerdict(name, e, WhyOutcomes.Answered,
                string.Create(CultureInfo.InvariantCulture, $"already answered: a message was sent to them {JournalText.Show(gate.Answer!.At)} (event {gate.Answer.Id})")),
            DispatchVerdict.WhenFalse => new WhyVerdict(name, e, WhyOutcomes.When, $"'when' is false: {condition}")
            {
                Condition = condition,
                Readings = playbook.When is { Code: null } when ? ConditionReadings.Read(when.Source, pass.Context(gate.Work)) : [],
            },
            DispatchVerdict.WhenFailed => new WhyVerdict(name, e, WhyOutcomes.WhenFailed,
                $"'when' fails, so the run it starts fails at once: {gate.Failure}") { Condition = condition },
            DispatchVerdict.InsteadOf => new WhyVerdict(name, e, WhyOutcomes.InsteadOf, playbook.InsteadOf is { } replaced
                ? $"it runs instead of '{replaced}', which (or another that replaces it) has this event"
                : $"another playbook runs instead of '{name}' for this event (its 'instead_of: {name}')"),
            _ => new WhyVerdict(name, e, WhyOutcomes.Pending, pending),
        };
    }

    private RunStanding Standing(Run run)
    {
        var draft = run.HeldBy is { } id && session.Draft(id) is { Status: DraftStatuses.Pending } held ? held : null;
        var reason = run switch
        {
            { State: RunStates.Waiting, WakeAt: { } wake } => $"waits at '{run.Step}' until {JournalText.Show(wake)}",
            { State: RunStates.Waiting } when draft is not null => string.Create(CultureInfo.InvariantCulture,
                $"waits at '{run.Step}' for draft {draft.Id} to be marked sent ('playbook draft sent {draft.Id}') or discarded"),
            { State: RunStates.Waiting } => $"waits at '{run.Step}'",
            { State: RunStates.Running } => $"at '{run.Step}': the next 'playbook run' or 'playbook tick' moves it on",
            { Reason: { } why } => $"{run.State}: {why}",
            _ => run.State,
        };
        return new RunStanding(run, draft, reason);
    }

    private static string Age(TimeSpan age) => age.TotalDays >= 1
        ? Count((int)Math.Floor(age.TotalDays), "day")
        : Count((int)Math.Floor(age.TotalHours), "hour");

    private static string Count(int n, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {what}{(n == 1 ? "" : "s")}");
}
