using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime.Replies;
using Playbook.Engine.Templates;
using Playbook.Engine.Time;

namespace Playbook.Engine.Runtime;

/// <summary>What replies ask of runs: a wait's end moves to after an out-of-office's return; templates read the day a reply asks for and the person it refers to.</summary>
internal sealed partial class StepRunner
{
    /// <summary>
    /// Moves the end of the wait <paramref name="work"/> is at for an out-of-office: any wait ends no sooner than the
    /// contact is back (their return day plus <see cref="RuntimeSettings.BackAfterWorkingDays"/> working days); an
    /// <c>until: back</c> wait ends then, or at once when they are not away, and never after its own time. The end is
    /// computed again from the same messages each time, so looking twice moves nothing twice.
    /// </summary>
    private void MoveForAbsence(RunWork work, WaitStep step, DateTimeOffset now)
    {
        if (work.Run.WakeAt is not { } wake || work.Run.WaitFrom is not { } from)
        {
            return;
        }

        var absence = ReplyFollowUp.LatestAbsence(work.History, now);
        var back = absence?.FollowUpOn is { } day ? ReplyFollowUp.BackAt(day, settings.BackAfterWorkingDays) : (DateTimeOffset?)null;
        DateTimeOffset end;
        if (step.Until?.Kind == WaitUntilKind.Back)
        {
            if (back is null && wake <= now)
            {
                return;
            }

            var limit = Instants.Plus(from, step.For);
            var target = back ?? now;
            end = target < limit ? target : limit;
        }
        else if (back is { } at && at > wake)
        {
            end = at;
        }
        else
        {
            return;
        }

        if (end == wake)
        {
            return;
        }

        work.Run = work.Run with { WakeAt = end };
        session.UpdateRun(work.Run, now);
        Journal(work, now, step.Id, JournalActions.Waiting, absence?.FollowUpOn is { } returnDay
            ? $"{work.Contact.FullName} is out of office until {ReplyFollowUp.ShowDay(returnDay, now)}; "
              + (end == back
                  ? $"the wait ends on {ReplyFollowUp.ShowDay(DateOnly.FromDateTime(end.UtcDateTime), now)}, {WorkingDays()}"
                  : $"the wait still ends when its {Duration.Format(step.For)} are up, on {ReplyFollowUp.ShowDay(DateOnly.FromDateTime(end.UtcDateTime), now)}")
              + (ReplyFollowUp.Capped(absence) ? " (the return date was more than a year ahead: taken as a year after the message)" : "")
            : $"{work.Contact.FullName} is not out of office: the wait ends now");
    }

    private string WorkingDays() => settings.BackAfterWorkingDays switch
    {
        0 => "the day they are back",
        1 => "1 working day after",
        var n => $"{n} working days after",
    };

    /// <summary>What the run's triggering reply asks for, as templates read it under <c>reply</c>.</summary>
    private ReplyInstructions Reply(RunWork work, DateTimeOffset now)
    {
        if (work.Event is not { Kind: EventKinds.MessageReceived } e)
        {
            return new ReplyInstructions();
        }

        var (id, name, email, shown) = Referred(work);
        return new ReplyInstructions
        {
            AskedFor = e.FollowUpOn is { } day ? ReplyFollowUp.AskedFor(e, day, now) : null,
            Referral = shown,
            ReferralName = name,
            ReferralEmail = email,
            ReferralKnown = id is not null,
        };
    }

    /// <summary>The contact the triggering reply refers to, when they are one; and how a task names them.</summary>
    private (long? Id, string? Name, string? Email, string? Shown) Referred(RunWork work)
    {
        if (work.Event?.Referral is not { } referral)
        {
            return (null, null, null, null);
        }

        var (name, email) = ReplyReferral.Parse(referral);
        if (session.FindReferred(name, email) is { } id && id != work.Contact.Id && session.Contact(id) is { } known)
        {
            return (id, name, email, known.FullName);
        }

        var shown = (name, email) switch
        {
            (null, null) => null,
            (null, { } only) => only,
            ({ } named, null) => named,
            ({ } named, { } address) => $"{named} <{address}>",
        };
        return (null, name, email, shown);
    }
}
