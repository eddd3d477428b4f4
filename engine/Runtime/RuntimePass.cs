using System.Globalization;
using System.Runtime.InteropServices;
using Playbook.Engine.Analysis;
using Playbook.Engine.Catalog;
using Playbook.Engine.Import.Calendar;
using Playbook.Engine.Languages;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Ahead;
using Playbook.Engine.Time;

namespace Playbook.Engine.Runtime;

/// <summary>
/// One command's work on the store: finds the runs to move on and the events to dispatch, and takes them in
/// batches of <see cref="RuntimeSettings.BatchSize"/> runs per transaction (for a dry run, all of it in one
/// transaction rolled back, on a copy of the store in memory).
/// </summary>
internal sealed partial class RuntimePass(PlaybookCatalog catalog, RuntimeSettings settings, RunSession session, DateTimeOffset now, bool dryRun)
{
    /// <summary>
    /// A pass's phases, for whoever measures it: with <c>PLAYBOOK_RUN_TIMES</c> naming a file, each phase's milliseconds
    /// since the process started, the process's processor time and the pass's thread's so far, and what the runtime did
    /// so far (collections, compilation) are added to that file when the command's pass ends (see <see cref="PhaseTimes"/>).
    /// </summary>
    internal static readonly PhaseTimes Phases = PhaseTimes.FromProcessStart("PLAYBOOK_RUN_TIMES");

    /// <summary>How many of the pending events between two of <see cref="Phases"/>' marks.</summary>
    private const int MarkEvery = 10_000;

    private readonly ReportCounter _counter = new();
    private StepRunner? _runner;
    private Replacements? _replacements;
    private int _inBatch;

    public ReportCounter Counter => _counter;

    private StepRunner Runner => _runner ??= new StepRunner(catalog, settings, session, _counter);

    private Replacements Replacements => _replacements ??= new Replacements(catalog, session, Runner, now);

    /// <summary>Moves on the runs of <paramref name="playbooks"/> that have something to do, then dispatches their pending events.</summary>
    /// <param name="playbooks">The playbooks to work for.</param>
    /// <param name="everything">Whether those are every enabled playbook: then runs of playbooks that are not loaded are counted as held.</param>
    /// <param name="dispatch">Whether to start runs for pending events (a run), or only move runs on (a tick).</param>
    /// <param name="schedules">Whether to start the schedules that are due (a tick, or a dry run that names a schedule).</param>
    /// <param name="scope">Only the runs, events and schedules of these contacts or events.</param>
    /// <param name="progress">Told after each run or event.</param>
    /// <param name="cancellationToken">Stops between two runs; what was done is kept.</param>
    public void Execute(
        IReadOnlyList<PlaybookDefinition> playbooks, bool everything, bool dispatch, bool schedules, RunScope scope, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken)
    {
        Phases.Mark("the pass begins");
        var names = playbooks.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var resumable = FindResumable(names, everything).Where(r => scope.Takes(r.ContactId, r.EventId)).ToList();
        var pending = (dispatch ? FindPending(playbooks) : []).Where(p => scope.Takes(p.ContactId, p.EventId)).ToList();
        Phases.Mark(string.Create(CultureInfo.InvariantCulture, $"{pending.Count:N0} pending events found"));
        var scheduled = (schedules ? FindScheduled(playbooks) : []).Where(s => scope.Takes(s.ContactId, null)).ToList();
        _counter.EventsConsidered = pending.Count;
        if (dispatch)
        {
            _counter.SkippedByAge = scope == RunScope.All
                ? playbooks.Sum(p => WorkQueue.CountTooOld(session, p, now))
                : playbooks.Sum(p => WorkQueue.TooOld(session, p, now).Count(old => scope.Takes(old.ContactId, old.EventId)));
        }

        var total = resumable.Count + pending.Count + scheduled.Count;
        var done = 0;
        progress?.Report(new BatchProgress(0, total));
        session.BeginBatch();
        // Planned meetings whose time has come count from this pass on (stage, and the runs they start below); those
        // still to come get their reminder, written afresh.
        PlannedMeetings.Pass(session, settings.Me, now);
        foreach (var item in resumable)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Resume(item, now);
            Done(ref done, total, progress);
        }

        Phases.Mark(string.Create(CultureInfo.InvariantCulture, $"{resumable.Count:N0} runs moved on, the meetings passed"));
        using (var ahead = ReadAhead(pending))
        {
            Phases.Mark(ahead is null ? "no read-ahead" : "the read-ahead started");
            for (var i = 0; i < pending.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (playbook, e, contactId) = pending[i];
                Dispatch(playbook, e, contactId, ahead?.Take(i, contactId));
                Done(ref done, total, progress);
                if (i == 0)
                {
                    Phases.Mark("the first pending event dispatched");
                }
                else if ((i + 1) % MarkEvery == 0)
                {
                    Phases.Mark(string.Create(CultureInfo.InvariantCulture, $"{i + 1:N0} pending events dispatched"));
                }
            }
        }

        Phases.Mark("every pending event dispatched");

        foreach (var (playbook, contactId, lastTicks) in scheduled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Start(playbook, contactId, lastTicks);
            Done(ref done, total, progress);
        }
    }

    /// <summary>
    /// Starts reading the contacts of <paramref name="pending"/>, with their histories and analyses, on a second thread
    /// ahead of the runs (see <see cref="ReadAhead{T}"/>); null for a dry run (its store is in memory), or for too few.
    /// What this pass wrote so far (the runs it moved on, the meetings whose time came) is committed first, so that the
    /// other connection reads it; from then on the session knows which contacts its writes touch.
    /// </summary>
    private ReadAhead<ContactReading>? ReadAhead(List<(PlaybookDefinition Playbook, long EventId, long ContactId)> pending)
    {
        if (dryRun || !settings.ReadAhead || pending.Count < ReadAhead<ContactReading>.Depth)
        {
            return null;
        }

        session.CommitForReaders();
        _inBatch = 0;
        var analyzer = ProfileAnalyzer.For(settings.Me);
        return ReadAhead<ContactReading>.Start(session.Store.Path, [.. pending.Select(p => (p.ContactId, (long?)p.EventId))], now, (contact, history, eventId) =>
        {
            var e = history.Find(h => h.Id == eventId);
            var analysis = analyzer.Analyse(contact, e, now, history);
            return new ContactReading(analysis, AnalysisJson.Write(analysis), LanguageChooser.ChooseFor(contact, history, e, settings.Me, now));
        });
    }

    /// <summary>Commits what is left of the last batch (for real), or carries the runs on and keeps nothing (dry run).</summary>
    public RunReport Finish()
    {
        var states = _counter.States.Values;
        var report = _counter.ToReport(dryRun,
            states.Count(s => s == RunStates.Waiting), states.Count(s => s == RunStates.Done), states.Count(s => s == RunStates.Stopped), []);
        if (dryRun)
        {
            report = report with { Traces = Simulate() };
            session.RollbackBatch();
        }
        else
        {
            session.CommitBatch();
        }

        return report;
    }

    /// <summary>Marks a draft sent (at <paramref name="at"/>) or discarded, and moves on the run it held.</summary>
    public Draft Decide(long draftId, bool sent, DateTimeOffset at, bool simulated = false)
    {
        // A dry run takes the draft as sent at the simulated time, and carries the run on from there.
        var current = simulated ? at : now;
        var draft = session.Draft(draftId) ?? throw new NotFoundException("draft", draftId.ToString(CultureInfo.InvariantCulture));
        if (draft.Status != DraftStatuses.Pending)
        {
            throw new RuntimeException(string.Create(CultureInfo.InvariantCulture,
                $"draft {draftId} was already {draft.Status} on {JournalText.Show(draft.DecidedAt ?? draft.CreatedAt)}; nothing to do"));
        }

        if (sent)
        {
            var source = string.Create(CultureInfo.InvariantCulture, $"draft:{draftId}");
            var eventId = session.Query(
                """
                INSERT INTO events (contact_id, kind, at, at_ticks, channel, direction, body, source, source_hash, created_at)
                VALUES ($p0, 'message.sent', $p1, $p2, $p3, 'out', $p4, $p5, $p6, $p7) RETURNING id
                """,
                r => r.GetInt64(0),
                draft.ContactId, StoreFormat.Instant(at), at.UtcTicks, EventChannel(draft.Channel), draft.Body, source, SourceKey.Hash(source),
                StoreFormat.Instant(current))[0];
            session.Execute("UPDATE drafts SET status = 'sent', decided_at = $p1, event_id = $p2 WHERE id = $p0", draftId, StoreFormat.Instant(at), eventId);
            session.Execute("UPDATE contacts SET stage = 'contacted', updated_at = $p1 WHERE id = $p0 AND stage = 'new'", draft.ContactId, StoreFormat.Instant(current));
        }
        else
        {
            session.Execute("UPDATE drafts SET status = 'discarded', decided_at = $p1 WHERE id = $p0", draftId, StoreFormat.Instant(current));
        }

        draft = session.Draft(draftId)!;
        if (draft.RunId is { } runId && session.Run(runId) is { } run && run.State == RunStates.Waiting && run.HeldBy == draftId && run.WakeAt is null
            && catalog.Find(run.Playbook) is { } playbook && Load(run, playbook, current) is { } work)
        {
            var what = sent ? $"marked sent at {JournalText.Show(at)}" : "discarded";
            session.Journal(runId, current, run.Step, JournalActions.DraftDecided,
                string.Create(CultureInfo.InvariantCulture, $"draft {draftId} {what}{(simulated ? " (dry run: taken as sent)" : "")}"));
            if (Runner.Reconcile(work, current))
            {
                Runner.Release(work, draft, current);
            }

            _counter.Note(work);
        }

        return draft;
    }

    private void Done(ref int done, int total, IProgress<BatchProgress>? progress)
    {
        done++;
        if (!dryRun && ++_inBatch >= settings.BatchSize)
        {
            session.CommitBatch();
            session.BeginBatch();
            _inBatch = 0;
        }

        progress?.Report(new BatchProgress(done, total));
    }

    private List<ResumableRun> FindResumable(HashSet<string> names, bool everything)
    {
        var found = new List<ResumableRun>();
        foreach (var row in WorkQueue.Active(session, now))
        {
            var playbook = names.Contains(row.Playbook) ? catalog.Find(row.Playbook) : null;
            if (playbook is null)
            {
                _counter.Held += everything && catalog.Find(row.Playbook) is null ? 1 : 0;
                continue;
            }

            var step = row.Step is { } id ? playbook.FindStep(id) : null;
            var hasWork = row.State == RunStates.Running
                || row.NegativeReply is not null
                || !string.Equals(row.Version, playbook.ContentHash, StringComparison.Ordinal)
                || (!row.HasWakeTime && row.HeldStatus is not null and not DraftStatuses.Pending)
                || (row.HasWakeTime && (row.Due || row.Touched || step is WaitStep { Until.Kind: WaitUntilKind.Condition } || step is not WaitStep));
            if (hasWork)
            {
                found.Add(row);
            }
        }

        return found;
    }

    private static List<(PlaybookDefinition Playbook, long ContactId, long LastTicks)> FindScheduled(IReadOnlyList<PlaybookDefinition> playbooks, RunSession session, DateTimeOffset now) =>
        [.. playbooks.Where(p => p.IsSchedule).SelectMany(p => WorkQueue.DueSchedule(session, p, now).Select(due => (p, due.ContactId, due.LastTicks)))];

    private List<(PlaybookDefinition Playbook, long ContactId, long LastTicks)> FindScheduled(IReadOnlyList<PlaybookDefinition> playbooks) =>
        FindScheduled(playbooks, session, now);

    /// <summary>
    /// The pending events of <paramref name="playbooks"/>, playbook by playbook, each one's oldest first; from
    /// <see cref="RuntimeSettings.ContactOrderFrom"/> of them, contact by contact in the store's order, a contact's own
    /// in that same order. Across contacts the order decides nothing but the order of the drafts in the review queue,
    /// and in the contacts' order every row a run writes that is keyed by its contact goes after the one before.
    /// </summary>
    private List<(PlaybookDefinition Playbook, long EventId, long ContactId)> FindPending(IReadOnlyList<PlaybookDefinition> playbooks)
    {
        var pending = new List<(PlaybookDefinition Playbook, long EventId, long ContactId)>();
        foreach (var playbook in playbooks)
        {
            foreach (var (eventId, contactId) in WorkQueue.Pending(session, playbook, now))
            {
                pending.Add((playbook, eventId, contactId));
            }
        }

        if (pending.Count >= settings.ContactOrderFrom)
        {
            // In place, and stable: a contact's events keep the order they were found in.
            var keys = new (long ContactId, int Found)[pending.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = (pending[i].ContactId, i);
            }

            keys.AsSpan().Sort(CollectionsMarshal.AsSpan(pending));
        }

        return pending;
    }

    private void Resume(ResumableRun row, DateTimeOffset at)
    {
        var playbook = catalog.Find(row.Playbook)!;
        if (session.Run(row.Id) is not { } run || Load(run, playbook, at) is not { } work)
        {
            return;
        }

        _counter.RunsResumed++;
        MoveOn(row, playbook, work, at);
        _counter.Note(work);
    }

    private void MoveOn(ResumableRun row, PlaybookDefinition playbook, RunWork work, DateTimeOffset at)
    {
        if (row.NegativeReply is { } replyId)
        {
            Runner.StopForNegativeReply(work, session.Event(replyId)!, at);
            return;
        }

        if (!Runner.Reconcile(work, at))
        {
            return;
        }

        if (work.Run.State == RunStates.Running)
        {
            Runner.Advance(work, at);
        }
        else if (work.Run.WakeAt is null && work.Run.HeldBy is { } draftId)
        {
            if (session.Draft(draftId) is { Status: not DraftStatuses.Pending } draft)
            {
                Runner.Release(work, draft, at);
            }
        }
        else if (work.Run.Step is { } id && playbook.FindStep(id) is WaitStep wait)
        {
            Runner.Wake(work, wait, at);
        }
        else
        {
            // The playbook changed and the step the run waits at is no longer a wait: take it now.
            work.Run = work.Run with { State = RunStates.Running, WakeAt = null };
            Runner.Advance(work, at);
        }
    }

    private RunWork? Load(Run run, PlaybookDefinition playbook, DateTimeOffset asOf) => RunWork.Load(session, run, playbook, asOf);

    /// <summary>Dry run: carries every run on as if each draft were sent when written and each wait passed without a reply.</summary>
    private List<RunTrace> Simulate()
    {
        var traces = new List<RunTrace>();
        foreach (var id in _counter.States.Keys.ToList())
        {
            var clock = now;

            // Steps never go back, so a run waits at most twice a step (its draft held, then its wait): the bound only
            // stops a run that would not move on, whatever the length of its playbook.
            var limit = 2 * ((session.Run(id) is { } started ? catalog.Find(started.Playbook)?.Steps.Count : null) ?? 0) + 2;
            for (var guard = 0; guard < limit && session.Run(id) is { State: RunStates.Waiting } run; guard++)
            {
                if (run.WakeAt is { } wake)
                {
                    clock = wake > clock ? wake : clock;
                    var playbook = catalog.Find(run.Playbook);
                    if (playbook?.FindStep(run.Step ?? "") is not WaitStep wait || Load(run, playbook, clock) is not { } work)
                    {
                        break;
                    }

                    Runner.Wake(work, wait, clock);
                }
                else if (run.HeldBy is { } draftId && session.Draft(draftId) is { Status: DraftStatuses.Pending })
                {
                    Decide(draftId, sent: true, clock, simulated: true);
                }
                else
                {
                    break;
                }
            }
        }

        foreach (var id in _counter.States.Keys)
        {
            if (session.Run(id) is not { } run)
            {
                continue;
            }

            var name = session.Contact(run.ContactId)?.FullName ?? "";
            var journal = session.Query($"SELECT {RuntimeRows.JournalColumns} FROM journal j WHERE j.run_id = $p0 ORDER BY j.id", RuntimeRows.Journal, id);
            var drafts = session.Query($"SELECT {RuntimeRows.DraftColumns} FROM drafts d WHERE d.run_id = $p0 ORDER BY d.id", RuntimeRows.Draft, id);
            var tasks = session.Query($"SELECT {RuntimeRows.TaskColumns} FROM tasks t WHERE t.run_id = $p0 ORDER BY t.id", RuntimeRows.Task, id);
            traces.Add(new RunTrace(run, name, journal, drafts, tasks));
        }

        return traces;
    }

    private static string EventChannel(string channel) =>
        channel.StartsWith("linkedin", StringComparison.Ordinal) ? "linkedin" : channel;
}
