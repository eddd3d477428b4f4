using System.Globalization;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis;
using Playbook.Engine.Catalog;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Runs;
using Playbook.Engine.Scripting;
using Playbook.Engine.Scripting.Api;
using Playbook.Engine.Store;
using Playbook.Engine.Templates;
using Playbook.Engine.Time;

namespace Playbook.Engine.Runtime;

/// <summary>
/// Moves runs on, step by step. Each step is all or nothing (a savepoint, unless it writes only once nothing in it can
/// fail: <see cref="WritesLast"/>): its effects (a draft, a task, tags, a stage) and the run's new position are written together, and a draft or task is keyed by (run, step), so taking a step
/// again after a crash never writes it twice. A step that throws fails its run, with the reason in the journal.
/// </summary>
internal sealed partial class StepRunner(PlaybookCatalog catalog, RuntimeSettings settings, RunSession session, ReportCounter counter)
{
    /// <summary>The tag a negative reply gives its contact; such contacts get no new runs.</summary>
    public const string DoNotContact = "do-not-contact";

    /// <summary>Takes steps from the run's position until it waits or ends.</summary>
    public void Advance(RunWork work, DateTimeOffset now)
    {
        while (work.Run.State == RunStates.Running)
        {
            var step = work.Run.Step is { } id ? work.Playbook.FindStep(id) : null;
            if (step is null)
            {
                session.Atomically(() => Finish(work, now, RunStates.Done, null, JournalActions.Done, "the run has no step left"), writesLast: true);
                return;
            }

            try
            {
                session.Atomically(() => Take(work, step, now), WritesLast(step));
            }
            catch (Exception e) when (IsStepFailure(e))
            {
                Fail(work, step.Id, Explain(e), now);
                return;
            }
        }
    }

    /// <summary>
    /// Looks at a run waiting at a <c>wait</c> step: ends it when what it waits for happened, moves it on when the
    /// time is up, and otherwise leaves it. Returns whether it changed.
    /// </summary>
    public bool Wake(RunWork work, WaitStep wait, DateTimeOffset now)
    {
        try
        {
            var changed = session.Atomically(() => CheckWait(work, wait, now));
            if (changed)
            {
                Advance(work, now);
            }

            return changed;
        }
        catch (Exception e) when (IsStepFailure(e))
        {
            Fail(work, wait.Id, Explain(e), now);
            return true;
        }
    }

    /// <summary>The context conditions of <paramref name="work"/> see at <paramref name="now"/>; before the run exists (its <c>when</c>), it has no start.</summary>
    public ConditionContext Context(RunWork work, DateTimeOffset now) =>
        new(work.Contact, work.Event, settings.Me, now, work.Run.Id == 0 ? null : work.Run.StartedAt, work.History, JournalText.VarText(work.Run.Vars),
            () => Analysis(work, now));

    /// <summary>Evaluates a condition of the catalog: compiled from YAML, or a script's lambda.</summary>
    public bool Evaluate(Expression condition, string key, ConditionContext context) => catalog.Evaluate(condition, key, context);

    private int Take(RunWork work, Step step, DateTimeOffset now)
    {
        if (step.If is { } condition && !Evaluate(condition, ConditionKeys.If(work.Playbook.Name, step.Id), Context(work, now)))
        {
            Journal(work, now, step.Id, JournalActions.Skipped, $"skipped: 'if' is false ({condition.Source})");
            return MoveOn(work, step, now);
        }

        return step switch
        {
            AnalyseStep => TakeAnalyse(work, step, now),
            DraftStep draft => TakeDraft(work, draft, now),
            WaitStep wait => TakeWait(work, wait, now),
            RemindStep remind => TakeRemind(work, remind, now),
            TagStep tag => TakeTags(work, tag, tag.Tags, add: true, now),
            UntagStep untag => TakeTags(work, untag, untag.Tags, add: false, now),
            StageStep stage => TakeStage(work, stage, now),
            SetStep set => TakeSet(work, set, now),
            ScriptStep script => TakeScript(work, script, now),
            StopStep stop => Finish(work, now, RunStates.Stopped, stop.Reason ?? $"stopped by step '{stop.Id}'", JournalActions.Stopped,
                stop.Reason is null ? $"stopped by step '{stop.Id}'" : $"stopped: {stop.Reason}", stop.Id),
            _ => throw new InvalidOperationException($"The runtime cannot take a '{step.Kind}' step."),
        };
    }

    private int TakeAnalyse(RunWork work, Step step, DateTimeOffset now)
    {
        Journal(work, now, step.Id, JournalActions.Analysed, Analysis(work, now).Summary());
        return MoveOn(work, step, now);
    }

    private int TakeDraft(RunWork work, DraftStep step, DateTimeOffset now)
    {
        if (step.Channel == DraftStep.LastChannel)
        {
            step = step with { Channel = LastChannel.Of(work.History, now) ?? DraftStep.DefaultChannel };
        }

        var template = VariantChoice.Of(step, work.Playbook.Name, work.Contact.Id);
        var (rendered, language) = Render(work, step, template, now);
        var fallback = LanguageFallback(language, rendered, template);
        var id = session.InsertDraft(work.Run.Id, work.Contact.Id, work.Playbook.Name, step.Id, step.Channel, template,
            step.Variants.Count > 0 ? template : null, rendered.Language, rendered.Text, rendered.Limit,
            work.Playbook.AnalysesBefore(step.Id) ? AnalysisJsonOf(work, now) : null, fallback, work.Event?.Kind == EventKinds.InvitationReceived, now);
        counter.Drafts++;
        var size = rendered.Limit is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $"{rendered.Length} of {limit} characters")
            : string.Create(CultureInfo.InvariantCulture, $"{rendered.Length} characters");
        Journal(work, now, step.Id, JournalActions.Drafted,
            $"draft {id} from '{Path.GetFileName(rendered.TemplateFile)}' for {step.Channel}, {size}"
            + (rendered.LimitWarning is { } warning ? $" (too long: {warning})" : "")
            + $"; language: {language.Reason}"
            + (fallback is null ? "" : $"; {fallback}"));

        if (Next(work, step) is not { } next)
        {
            return Finish(work, now, RunStates.Done, null, JournalActions.Done, "the run took its last step");
        }

        work.Run = work.Run with { State = RunStates.Waiting, Step = next, HeldBy = id, WakeAt = null, WaitFrom = null };
        session.UpdateRun(work.Run, now);
        Journal(work, now, next, JournalActions.Waiting,
            string.Create(CultureInfo.InvariantCulture, $"waiting for draft {id} to be marked sent ('playbook draft sent {id}') or discarded"));
        return 0;
    }

    private int TakeWait(RunWork work, WaitStep step, DateTimeOffset now)
    {
        var from = work.Run.WaitFrom ?? now;
        var wake = Instants.Plus(from, step.For);
        work.Run = work.Run with { State = RunStates.Waiting, Step = step.Id, WaitFrom = from, WakeAt = wake };
        session.UpdateRun(work.Run, now);
        var counted = work.Run.HeldBy is { } draft
            ? string.Create(CultureInfo.InvariantCulture, $"from when draft {draft} was marked sent ({JournalText.Show(from)})")
            : $"from {JournalText.Show(from)}";
        Journal(work, now, step.Id, JournalActions.Waiting,
            $"waiting {Duration.Format(step.For)} {counted}, until {JournalText.Show(wake)}{EndsEarly(work, step)}");
        CheckWait(work, step, now);
        return 0;
    }

    private int TakeRemind(RunWork work, RemindStep step, DateTimeOffset now)
    {
        var due = Instants.Plus(now, step.In);
        if (step.OnFollowUp)
        {
            if (work.Event?.FollowUpOn is not { } day)
            {
                Journal(work, now, step.Id, JournalActions.Skipped, "skipped: the event asks for no day to write again ('in: follow-up')");
                return MoveOn(work, step, now);
            }

            due = Replies.ReplyFollowUp.At(day);
        }

        var text = catalog.RemindText(work.Playbook.Name, step.Id).Render(Model(work, now)).Trim();
        var asked = step.OnFollowUp || step.LinkReferral;
        ApplyRemind(work, step, text, due, now, asked ? work.Event?.Id : null, step.LinkReferral ? Referred(work).Id : null);
        return MoveOn(work, step, now);
    }

    private void ApplyRemind(RunWork work, Step step, string text, TimeSpan after, DateTimeOffset now) =>
        ApplyRemind(work, step, text, Instants.Plus(now, after), now, null, null);

    private void ApplyRemind(RunWork work, Step step, string text, DateTimeOffset due, DateTimeOffset now, long? eventId, long? linkedContactId)
    {
        var id = session.InsertTask(work.Run.Id, work.Contact.Id, work.Playbook.Name, step.Id, text, due, now, eventId, linkedContactId);
        counter.Tasks++;
        Journal(work, now, step.Id, JournalActions.Reminded, string.Create(CultureInfo.InvariantCulture, $"task {id}, due {JournalText.Show(due)}: {text}"));
    }

    private int TakeTags(RunWork work, Step step, IReadOnlyList<string> tags, bool add, DateTimeOffset now)
    {
        ApplyTags(work, step, tags, add, now);
        return MoveOn(work, step, now);
    }

    private void ApplyTags(RunWork work, Step step, IReadOnlyList<string> tags, bool add, DateTimeOffset now)
    {
        var normalized = tags.Select(Tags.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        session.EditTags(work.Contact.Id, normalized, add, now);
        var current = add
            ? work.Contact.Tags.Union(normalized, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : work.Contact.Tags.Except(normalized, StringComparer.Ordinal).ToList();
        work.Contact = work.Contact with { Tags = current };
        Journal(work, now, step.Id, add ? JournalActions.Tagged : JournalActions.Untagged,
            (add ? "tagged " : "untagged ") + string.Join(", ", normalized));
    }

    private int TakeStage(RunWork work, StageStep step, DateTimeOffset now)
    {
        ApplyStage(work, step, step.Stage, now);
        return MoveOn(work, step, now);
    }

    private void ApplyStage(RunWork work, Step step, string stage, DateTimeOffset now)
    {
        var before = work.Contact.Stage;
        session.SetStage(work.Contact.Id, stage, now);
        work.Contact = work.Contact with { Stage = stage };
        Journal(work, now, step.Id, JournalActions.Staged, before == stage ? $"stage stays {stage}" : $"stage {before} → {stage}");
    }

    private int TakeSet(RunWork work, SetStep step, DateTimeOffset now)
    {
        ApplySet(work, step, step.Values, now);
        return MoveOn(work, step, now);
    }

    private void ApplySet(RunWork work, Step step, IReadOnlyDictionary<string, object?> values, DateTimeOffset now)
    {
        var vars = new Dictionary<string, object?>(work.Run.Vars, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            vars[name] = value;
        }

        work.Run = work.Run with { Vars = vars };
        Journal(work, now, step.Id, JournalActions.Set, "set " + string.Join(", ", values.Select(v => $"{v.Key} = {JournalText.ShowValue(v.Value)}")));
    }

    /// <summary>Ends the wait when what it waits for happened, or moves on when its time is up; true when either.</summary>
    private bool CheckWait(RunWork work, WaitStep step, DateTimeOffset now)
    {
        if (EndOf(work, step, now) is { } why)
        {
            Journal(work, now, step.Id, JournalActions.Woke, why);
            Finish(work, now, RunStates.Done, null, JournalActions.Done, "the wait ended it: the run ends here");
            return true;
        }

        MoveForAbsence(work, step, now);
        if (work.Run.WakeAt is { } wake && wake <= now)
        {
            Journal(work, now, step.Id, JournalActions.Woke, step.Until?.Kind == WaitUntilKind.Back && wake < Instants.Plus(work.Run.WaitFrom ?? wake, step.For)
                ? $"{work.Contact.FullName} is back"
                : $"the {Duration.Format(step.For)} wait is over");
            work.Run = work.Run with { WakeAt = null, WaitFrom = null, HeldBy = null };
            MoveOn(work, step, now);
            return true;
        }

        return false;
    }

    /// <summary>Why the wait ends early, or null: a reply to the draft it follows, or its <c>until</c>.</summary>
    private string? EndOf(RunWork work, WaitStep step, DateTimeOffset now)
    {
        var from = work.Run.WaitFrom ?? work.Run.StartedAt;
        var until = step.Until?.Kind;
        if (work.Run.HeldBy is not null || until == WaitUntilKind.Replied)
        {
            if (work.History.FirstOrDefault(e => ConditionContext.IsReply(e) && e.At > from && e.At <= now) is { } reply)
            {
                return $"{work.Contact.FullName} replied on {JournalText.Show(reply.At)}";
            }
        }

        if (until == WaitUntilKind.Interaction
            && work.History.FirstOrDefault(e => ConditionContext.IsInteraction(e) && e.At > from && e.At <= now) is { } touch)
        {
            return $"an interaction ({touch.Kind}) on {JournalText.Show(touch.At)}";
        }

        if (until == WaitUntilKind.Condition && Evaluate(step.Until!.Condition!, ConditionKeys.Until(work.Playbook.Name, step.Id), Context(work, now)))
        {
            return $"'until' came true ({step.Until!.Condition!.Source})";
        }

        return null;
    }

    private int MoveOn(RunWork work, Step step, DateTimeOffset now)
    {
        if (Next(work, step) is not { } next)
        {
            return Finish(work, now, RunStates.Done, null, JournalActions.Done, "the run took its last step");
        }

        // The time a draft was sent only counts for a wait that directly follows it. The new position is not
        // written here: the run is still running, so Advance takes the next step at once, in the same batch, and
        // that step writes the run with its own effects (or Fail writes it). Batches commit only between runs.
        work.Run = work.Run with { State = RunStates.Running, Step = next, WakeAt = null, WaitFrom = null, HeldBy = null };
        return 0;
    }

    /// <summary>
    /// The draft of <paramref name="step"/> from <paramref name="template"/>, in the language of the conversation (the last
    /// message or invitation with text, else the triggering event), the contact's place or the me-profile's.
    /// </summary>
    private (RenderedDraft Draft, LanguageChoice Language) Render(RunWork work, DraftStep step, string template, DateTimeOffset now)
    {
        var language = work.Language is { } chosen && work.LanguageAsOf == now
            ? chosen
            : LanguageChooser.ChooseFor(work.Contact, work.History, work.Event, settings.Me, now);
        return (catalog.Templates.RenderDraft(template, language.Code, Model(work, now), step.Channel, settings.Limits), language);
    }

    /// <summary>
    /// What a draft says when its template has no file in the language the rule chose, so it was written in another
    /// (the neutral file serves every language and needs no word); null when it is written in the chosen language.
    /// </summary>
    private static string? LanguageFallback(LanguageChoice language, RenderedDraft rendered, string template)
    {
        if (rendered.Language is not { } used)
        {
            return null;
        }

        if (language.Code is not { } chosen)
        {
            return $"written in {used}: no rule decided a language";
        }

        return string.Equals(LanguageCodes.Normalize(chosen), used, StringComparison.Ordinal)
            ? null
            : $"written in {used}: no template '{template}' in {chosen} ({LanguageCodes.NameOf(chosen)}); " +
              $"add templates/{template}.{chosen}.liquid to write in {LanguageCodes.NameOf(chosen)}";
    }

    private void Journal(RunWork work, DateTimeOffset now, string? step, string action, string message) =>
        session.Journal(work.Run.Id, now, step, action, message);

    private TemplateModel Model(RunWork work, DateTimeOffset now) =>
        new() { Contact = work.Contact, Me = settings.Me, Event = work.Event, Analysis = Analysis(work, now), Vars = work.Run.Vars, Reply = Reply(work, now) };

    /// <summary>The run's analysis: made once per run and command, against the profile this command reads, as of its clock.</summary>
    private ContactAnalysis Analysis(RunWork work, DateTimeOffset now) =>
        work.Analysis ??= ProfileAnalyzer.For(settings.Me).Analyse(work.Contact, work.Event, now, work.History);

    /// <summary>The run's analysis as a draft keeps it: written ahead with the analysis, or now.</summary>
    private string AnalysisJsonOf(RunWork work, DateTimeOffset now)
    {
        var analysis = Analysis(work, now);
        return work.Reading is { } read && ReferenceEquals(read.Analysis, analysis) ? read.AnalysisJson : AnalysisJson.Write(analysis);
    }

    private static string? Next(RunWork work, Step step)
    {
        var index = work.Playbook.IndexOfStep(step.Id);
        return index >= 0 && index + 1 < work.Playbook.Steps.Count ? work.Playbook.Steps[index + 1].Id : null;
    }

    private static string EndsEarly(RunWork work, WaitStep step) => step.Until?.Kind switch
    {
        WaitUntilKind.Replied => ", or until the contact replies",
        WaitUntilKind.Interaction => ", or until any interaction",
        WaitUntilKind.Back => ", or until the contact is back from an out-of-office",
        WaitUntilKind.Condition => $", or until {step.Until.Condition!.Source}",
        _ when work.Run.HeldBy is not null => ", or until the contact replies",
        _ => "",
    };

    /// <summary>
    /// Whether nothing a step of this kind does after its first write can fail, so that it needs no savepoint (see
    /// <see cref="RunSession.Atomically"/>): its condition, template, text and referral are all evaluated before it writes,
    /// and what follows its writes is its journal entry and its run's new position. Not a wait, which writes its
    /// position before it looks at its <c>until</c>, nor a script, which may fail at any point; a kind not listed
    /// here keeps its savepoint.
    /// </summary>
    internal static bool WritesLast(Step step) =>
        step is AnalyseStep or DraftStep or RemindStep or TagStep or UntagStep or StageStep or SetStep or StopStep;

    /// <summary>
    /// Whether <paramref name="e"/> fails the step's run, rather than the command: SQLite's failures, a cancellation, and a
    /// <see cref="StoreException"/> (among them a step that failed after writes it could not take back) end the batch.
    /// </summary>
    private static bool IsStepFailure(Exception e) => e is not (SqliteException or StoreException or OperationCanceledException or OutOfMemoryException);

    private static string Explain(Exception e) => e switch
    {
        ConditionException or TemplateException or ScriptStepException => e.Message,
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
