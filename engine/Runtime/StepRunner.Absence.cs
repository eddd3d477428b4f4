using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime.Replies;
using Playbook.Engine.Time;

namespace Playbook.Engine.Runtime;

/// <summary>Waits and out-of-office replies: a wait's end moves to after the contact's return.</summary>
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
}
