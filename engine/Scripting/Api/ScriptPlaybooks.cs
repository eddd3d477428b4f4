using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using Playbook.Engine.Time;

namespace Playbook.Engine.Scripting.Api;

/// <summary>Turns what a script declared into playbook definitions, the same model YAML files build, with every problem.</summary>
internal static class ScriptPlaybooks
{
    /// <summary>The valid playbooks of <paramref name="builders"/>, declared by <paramref name="file"/> whose content hash is <paramref name="hash"/>.</summary>
    public static List<PlaybookDefinition> Build(IEnumerable<PlaybookBuilder> builders, string file, string hash, List<Problem> problems)
    {
        var result = new List<PlaybookDefinition>();
        foreach (var builder in builders)
        {
            var at = builder.Location with { File = file };
            var before = problems.Count;
            if (!Names.IsValid(builder.Name))
            {
                problems.Add(Problem(at, $"playbook name '{builder.Name}' should be lower-case letters, digits, '-' and '_'"));
            }

            if (builder.Trigger is null)
            {
                problems.Add(Problem(at, $"playbook '{builder.Name}' has no trigger; call .On(EventKinds.InvitationReceived) or .Every(Days(90))"));
            }
            else if (builder.Trigger != PlaybookDefinition.Schedule && !EventKinds.All.Contains(builder.Trigger, StringComparer.Ordinal))
            {
                problems.Add(Problem(at, DidYouMean.Unknown("trigger", builder.Trigger, EventKinds.All, "the event kinds are")));
            }

            if (builder.Steps.Count == 0)
            {
                problems.Add(Problem(at, $"playbook '{builder.Name}' has no steps"));
            }

            if (builder.Replaces is { } replaces && !Names.IsValid(replaces))
            {
                problems.Add(Problem((builder.ReplacesLocation ?? at) with { File = file }, Names.Problem("instead_of", replaces)));
            }

            CheckDuration(builder.Period, "Every", positive: true, at, problems);
            CheckDuration(builder.Age, "MaxAge", positive: false, at, problems);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var step in builder.Steps)
            {
                var where = step.Location with { File = file };
                switch (step)
                {
                    case WaitStep wait:
                        CheckDuration(wait.For, "Wait", positive: false, where, problems);
                        break;
                    case RemindStep remind:
                        CheckDuration(remind.In, "Remind", positive: false, where, problems);
                        break;
                    default:
                        break;
                }

                if (!Names.IsValid(step.Id))
                {
                    problems.Add(Problem(where, $"step id '{step.Id}' should be lower-case letters, digits, '-' and '_'"));
                }
                else if (!ids.Add(step.Id))
                {
                    problems.Add(Problem(where, $"duplicate step id '{step.Id}' in playbook '{builder.Name}'"));
                }
            }

            if (problems.Count > before)
            {
                continue;
            }

            result.Add(new PlaybookDefinition
            {
                Name = builder.Name,
                Description = builder.Description,
                Trigger = builder.Trigger!,
                When = builder.Filter is { } filter ? new Expression("(C# lambda)", builder.FilterLocation! with { File = file }) { Code = filter } : null,
                MaxAge = builder.Age,
                InsteadOf = builder.Replaces,
                InsteadOfLocation = builder.Replaces is null ? null : (builder.ReplacesLocation ?? at) with { File = file },
                Every = builder.Period,
                StepTimeLimit = builder.Limit,
                Steps = [.. builder.Steps.Select(s => Relocate(s, file))],
                SourceFile = file,
                ContentHash = hash,
                NameLocation = at,
                TriggerLocation = at,
            });
        }

        return result;
    }

    /// <summary>
    /// The bounds YAML durations have (<see cref="Duration.Max"/>, and no negative time): past them a date would
    /// overflow, and a period of nothing would come round at every tick.
    /// </summary>
    private static void CheckDuration(TimeSpan? value, string method, bool positive, SourceLocation at, List<Problem> problems)
    {
        if (value is not { } span)
        {
            return;
        }

        if (span > Duration.Max)
        {
            problems.Add(Problem(at, $"{method}() is given more than {Duration.Format(Duration.Max)}; a duration may be at most {Duration.Format(Duration.Max)} (about 10 years)"));
        }
        else if (span < TimeSpan.Zero || (positive && span == TimeSpan.Zero))
        {
            problems.Add(Problem(at, $"{method}() is given {(span == TimeSpan.Zero ? "no time" : "a negative time")}; give it {(positive ? "a period such as Days(90)" : "zero or more, such as Days(7)")}"));
        }
    }

    private static Problem Problem(SourceLocation at, string message) => new(at.File, at.Line, at.Column, message);

    private static Step Relocate(Step step, string file) => step with
    {
        Location = step.Location with { File = file },
        If = step.If is { } condition ? condition with { Location = condition.Location with { File = file } } : null,
    };
}
