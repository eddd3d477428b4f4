using System.Globalization;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting.Api;

namespace Playbook.Engine.Runtime;

/// <summary>
/// Runs the code of a script step on a thread of its own, with a cancellation token and a time limit. The runtime
/// waits at most the limit: a body that ignores the token (<c>while (true) { }</c>) is left running on its thread,
/// which cannot be stopped inside one process, and its run fails; the batch goes on. The effects the body asked for
/// are returned only when it returned in time, so a step that throws or times out leaves nothing behind.
/// </summary>
internal static class ScriptStepExecutor
{
    public static IReadOnlyList<StepEffect> Run(ScriptStep step, PlaybookDefinition playbook, string contact, Func<CancellationToken, StepContext> context)
    {
        var limit = playbook.StepTimeLimit ?? PlaybookDefinition.DefaultStepTimeLimit;
        using var cancellation = new CancellationTokenSource();
        var steps = context(cancellation.Token);
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                step.Body(steps);
            }
            catch (Exception e)
            {
                failure = e;
            }
        })
        {
            IsBackground = true,
            Name = $"playbook step {playbook.Name}/{step.Id}",
        };
        thread.Start();
        if (!thread.Join(limit))
        {
            cancellation.Cancel();
            if (!thread.Join(TimeSpan.FromMilliseconds(100)))
            {
                var seconds = limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                throw new ScriptStepException(
                    $"{step.Location}: step '{step.Id}' of '{playbook.Name}' ran longer than its limit of {seconds} s for {contact} and was abandoned; "
                    + "check Cancellation in long loops, or raise the limit with .TimeLimit(...)");
            }
        }

        if (failure is not null)
        {
            var at = ScriptFrames.Where(failure) ?? step.Location;
            var what = failure is OperationCanceledException
                ? string.Create(CultureInfo.InvariantCulture, $"was cancelled at its limit of {limit.TotalSeconds:0.###} s")
                : $"threw {failure.GetType().Name}: {failure.Message}";
            throw new ScriptStepException($"{at}: step '{step.Id}' of '{playbook.Name}' {what} (contact {contact})", failure);
        }

        return steps.Effects;
    }
}
