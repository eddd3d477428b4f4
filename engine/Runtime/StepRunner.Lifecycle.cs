using System.Globalization;
using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Engine.Runtime;

/// <summary>
/// A run's lifecycle apart from its steps: stopped early, stopped by a negative reply, pinned to a changed playbook,
/// released by its draft's review, failed.
/// </summary>
internal sealed partial class StepRunner
{
    /// <summary>Ends an active run early, with <paramref name="reason"/>, in its own savepoint.</summary>
    public void Stop(RunWork work, string reason, DateTimeOffset now) =>
        session.Atomically(() => Finish(work, now, RunStates.Stopped, reason, JournalActions.Stopped, $"stopped: {reason}"), writesLast: true);

    /// <summary>
    /// Ends every run of a contact who answered negatively and tags them <see cref="DoNotContact"/>
    /// (a negative reply ends the contact's runs).
    /// </summary>
    public void StopForNegativeReply(RunWork work, ContactEvent reply, DateTimeOffset now) =>
        session.Atomically(() =>
        {
            session.EditTags(work.Contact.Id, [DoNotContact], add: true, now);
            work.Contact = work.Contact with { Tags = work.Contact.Tags.Union([DoNotContact], StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() };
            var reason = $"{work.Contact.FullName} answered negatively on {JournalText.Show(reply.At)}; tagged {DoNotContact}";
            return Finish(work, now, RunStates.Stopped, reason, JournalActions.Stopped, $"stopped: {reason}");
        }, writesLast: true);

    /// <summary>
    /// Pins the run to the playbook's current version when the file changed since the run started: the run goes on
    /// at the step with the same id, or ends when there is none. Returns whether the run can go on.
    /// </summary>
    public bool Reconcile(RunWork work, DateTimeOffset now)
    {
        var current = work.Playbook.ContentHash;
        if (string.Equals(work.Run.Version, current, StringComparison.Ordinal))
        {
            return true;
        }

        var from = JournalText.Short(work.Run.Version);
        if (work.Run.Step is { } step && work.Playbook.FindStep(step) is null)
        {
            Stop(work, $"playbook '{work.Playbook.Name}' changed (version {from} → {JournalText.Short(current)}) and has no step '{step}' any more", now);
            return false;
        }

        session.Atomically(() =>
        {
            work.Run = work.Run with { Version = current };
            session.UpdateRun(work.Run, now);
            Journal(work, now, work.Run.Step, JournalActions.Version,
                $"playbook '{work.Playbook.Name}' changed (version {from} → {JournalText.Short(current)}); the run goes on at step '{work.Run.Step}'");
            return 0;
        });
        return true;
    }

    /// <summary>A run held by <paramref name="draft"/>, now marked sent or discarded, moves on (or stops).</summary>
    public void Release(RunWork work, Draft draft, DateTimeOffset now)
    {
        if (draft.Status == DraftStatuses.Discarded)
        {
            Stop(work, string.Create(CultureInfo.InvariantCulture, $"draft {draft.Id} was discarded"), now);
            return;
        }

        session.Atomically(() =>
        {
            work.Run = work.Run with { State = RunStates.Running, WaitFrom = draft.DecidedAt ?? now };
            session.UpdateRun(work.Run, now);
            return 0;
        });
        Advance(work, now);
    }

    /// <summary>Records that a run failed at <paramref name="step"/>, in its own savepoint, and counts it.</summary>
    public void Fail(RunWork work, string? step, string reason, DateTimeOffset now)
    {
        session.Atomically(() =>
        {
            work.Run = work.Run with { State = RunStates.Failed, Step = step, WakeAt = null, Reason = reason };
            session.UpdateRun(work.Run, now);
            session.Journal(work.Run.Id, now, step, JournalActions.Failed, reason);
            return 0;
        }, writesLast: true);
        counter.Failures.Add(new RunFailure(work.Run.Id, work.Contact.Id, work.Contact.FullName, work.Playbook.Name, step, reason));
    }

    /// <summary>Ends the run in <paramref name="state"/> (done, stopped, failed) with its reason, and journals why.</summary>
    private int Finish(RunWork work, DateTimeOffset now, string state, string? reason, string action, string message, string? step = null)
    {
        work.Run = work.Run with { State = state, Step = null, WakeAt = null, WaitFrom = null, HeldBy = null, Reason = reason };
        session.UpdateRun(work.Run, now);
        Journal(work, now, step, action, message);
        return 0;
    }
}
