using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Runs;
using Playbook.Engine.Scripting.Api;

namespace Playbook.Engine.Runtime;

/// <summary>The code steps of script playbooks: their body runs, then its effects are applied like the YAML steps'.</summary>
internal sealed partial class StepRunner
{
    private SessionQueries? _queries;

    /// <summary>The store, read inside the session's batch, as a script step may read it.</summary>
    private SessionQueries Queries => _queries ??= new SessionQueries(session);

    /// <summary>
    /// Runs the step's code (on its own thread, within the playbook's time limit), then applies what it asked for in
    /// order, in this step's savepoint: tags, stage, values, a task; then a draft (the run waits for it) or a stop.
    /// </summary>
    private int TakeScript(RunWork work, ScriptStep step, DateTimeOffset now)
    {
        var context = Context(work, now);
        var effects = ScriptStepExecutor.Run(step, work.Playbook, work.Contact.FullName, token => new StepContext(context, Queries, token));
        DraftStep? draft = null;
        foreach (var effect in effects)
        {
            switch (effect.Kind)
            {
                case "tag":
                case "untag":
                    ApplyTags(work, step, effect.Values, add: effect.Kind == "tag", now);
                    break;
                case "stage":
                    ApplyStage(work, step, effect.Text!, now);
                    break;
                case "set":
                    ApplySet(work, step, new Dictionary<string, object?> { [effect.Text!] = effect.Value }, now);
                    break;
                case "remind":
                    ApplyRemind(work, step, effect.Text!, effect.After, now);
                    break;
                case "draft":
                    draft = new DraftStep
                    {
                        Id = step.Id, Location = step.Location, Template = effect.Text!, TemplateLocation = step.Location, Channel = effect.Values[0],

                        // A variant the script chose: the step's only other choice is the same template, so the pick cannot differ.
                        Variants = effect.Value is true ? [new DraftVariant(effect.Text!, 1, step.Location)] : [],
                    };
                    break;
                case "stop":
                    return Finish(work, now, RunStates.Stopped, effect.Text ?? $"stopped by step '{step.Id}'", JournalActions.Stopped,
                        effect.Text is null ? $"stopped by step '{step.Id}'" : $"stopped: {effect.Text}", step.Id);
            }
        }

        return draft is null ? MoveOn(work, step, now) : TakeDraft(work, draft, now);
    }
}
