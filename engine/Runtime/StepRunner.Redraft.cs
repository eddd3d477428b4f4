using System.Globalization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;

namespace Playbook.Engine.Runtime;

/// <summary>Pending drafts written again when what is known about their contact changes.</summary>
internal sealed partial class StepRunner
{
    /// <summary>
    /// Writes <paramref name="draft"/> (pending, of <paramref name="work"/>'s run) again from its template with a fresh
    /// analysis of the contact, when that changes its text or its analysis. A draft the person edited keeps their text:
    /// it gets the new analysis and a note that says so. Returns what it did, or null when nothing changed.
    /// </summary>
    public RedraftOutcome? Redraft(RunWork work, Draft draft, DateTimeOffset now)
    {
        if (work.Playbook.FindStep(draft.Step) is not DraftStep step)
        {
            return null;
        }

        var analysis = Analysis(work, now);
        // The channel the draft was written for, which `channel: last` chose when it was written.
        var (rendered, language) = Render(work, step with { Channel = draft.Channel }, draft.Template, now);
        var kept = draft.Analysis is { } old ? old.Summary() : null;
        var analysisChanged = !string.Equals(kept, analysis.Summary(), StringComparison.Ordinal);
        var what = analysisChanged ? $"the analysis changed ({Change(draft.Analysis, analysis)})" : "what is known of the contact changed";
        string message;
        bool rewritten;
        if (draft.EditedAt is null)
        {
            if (!analysisChanged && string.Equals(rendered.Text, draft.Body, StringComparison.Ordinal))
            {
                return null;
            }

            session.Execute(
                "UPDATE drafts SET body = $p1, language = $p2, length_limit = $p3, analysis = $p4, note = $p5 WHERE id = $p0",
                draft.Id, rendered.Text, rendered.Language, rendered.Limit, AnalysisJson.Write(analysis), LanguageFallback(language, rendered, draft.Template));
            message = string.Create(CultureInfo.InvariantCulture, $"draft {draft.Id} redrafted: {what}");
            rewritten = true;
        }
        else
        {
            if (!analysisChanged)
            {
                return null;
            }

            var note = $"{what} after you edited this draft; your text was kept";
            session.Execute("UPDATE drafts SET analysis = $p1, note = $p2 WHERE id = $p0", draft.Id, AnalysisJson.Write(analysis), note);
            message = string.Create(CultureInfo.InvariantCulture, $"draft {draft.Id} kept as edited: {what}");
            rewritten = false;
        }

        Journal(work, now, draft.Step, JournalActions.Redrafted, message);
        return new RedraftOutcome(draft.Id, draft.ContactId, rewritten, message);
    }

    private static string Change(ContactAnalysis? before, ContactAnalysis after)
    {
        var score = string.Create(CultureInfo.InvariantCulture, $"score {before?.Score ?? 0:0.00} → {after.Score:0.00}");
        var gained = after.CommonGround.Except(before?.CommonGround ?? [], StringComparer.Ordinal).ToList();
        return gained.Count == 0 ? score : $"{score}; now in common: {string.Join(", ", gained)}";
    }
}
