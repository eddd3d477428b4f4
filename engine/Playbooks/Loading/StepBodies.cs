using Playbook.Engine.Contacts;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// Reads what each step type says, from the value of its type key (and <c>until</c>, <c>in</c>). The steps it
/// returns carry an empty id: <see cref="StepParser"/> sets the id and the condition once they are checked.
/// </summary>
internal static class StepBodies
{
    private static readonly string[] UntilWords = ["replied", "interaction", "back"];

    public static Step? Read(
        string kind, YamlNode value, YamlNode? until, YamlNode? remindIn, YamlNode? link, string label, SourceLocation location, ParseContext context) => kind switch
        {
            StepKinds.Analyse => Analyse(value, location, context),
            StepKinds.Draft => DraftBody.Read(value, label, location, context),
            StepKinds.Wait => Wait(value, until, location, context),
            StepKinds.Remind => Remind(value, remindIn, link, location, context),
            StepKinds.Tag => TagList(value, "tag", context) is { } tags ? new TagStep { Id = "", Location = location, Tags = tags } : null,
            StepKinds.Untag => TagList(value, "untag", context) is { } tags ? new UntagStep { Id = "", Location = location, Tags = tags } : null,
            StepKinds.Stage => Stage(value, location, context),
            StepKinds.Set => SetValues.Read(value, location, context),
            StepKinds.Stop => Stop(value, location, context),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a step type"),
        };

    private static WaitStep? Wait(YamlNode value, YamlNode? untilNode, SourceLocation location, ParseContext context)
    {
        var duration = context.Duration(value, "wait", "7d", positive: true);
        WaitUntil? until = null;
        var untilValid = untilNode is null || (until = Until(untilNode, context)) is not null;
        return duration is { } time && untilValid
            ? new WaitStep { Id = "", Location = location, For = time, Until = until }
            : null;
    }

    private static WaitUntil? Until(YamlNode node, ParseContext context)
    {
        var text = context.Required(node, "until", "replied, interaction, back or a C# condition");
        switch (text)
        {
            case null:
                return null;
            case "replied":
                return new WaitUntil { Kind = WaitUntilKind.Replied, Location = context.Locate(node) };
            case "interaction":
                return new WaitUntil { Kind = WaitUntilKind.Interaction, Location = context.Locate(node) };
            case "back":
                return new WaitUntil { Kind = WaitUntilKind.Back, Location = context.Locate(node) };
        }

        // A lone lower-case word next to one of ours is a typo, not C#: say so here rather than as a compile error.
        if (text.All(char.IsAsciiLetterLower) && DidYouMean.Suggest(text, UntilWords) is not null)
        {
            context.Problems.Add(node, DidYouMean.Unknown("'until' value", text, UntilWords, null));
            return null;
        }

        return context.Condition(node, "until", "contact.Stage == \"meeting\"") is { } condition
            ? new WaitUntil { Kind = WaitUntilKind.Condition, Condition = condition, Location = context.Locate(node) }
            : null;
    }

    private static RemindStep? Remind(YamlNode value, YamlNode? inNode, YamlNode? linkNode, SourceLocation location, ParseContext context)
    {
        var text = context.Required(value, "remind", "the text of the reminder");
        var onFollowUp = inNode is YamlScalarNode { Value: RemindStep.FollowUp };
        var due = inNode is null || onFollowUp ? TimeSpan.Zero : context.Duration(inNode, "in", "14d or follow-up", positive: false);
        var linkValid = linkNode is null || Link(linkNode, context);
        if (text is null)
        {
            return null;
        }

        // Kept even when 'in' or 'link' is wrong, so that the text is still checked.
        var step = context.Remind(new RemindStep
        {
            Id = "",
            Location = location,
            Text = ((YamlScalarNode)value).Value!.TrimEnd(),
            TextLocation = context.TextStart((YamlScalarNode)value),
            In = due ?? TimeSpan.Zero,
            OnFollowUp = onFollowUp,
            LinkReferral = linkNode is not null && linkValid,
        });
        return due is null || !linkValid ? null : step;
    }

    private static bool Link(YamlNode node, ParseContext context)
    {
        var text = context.Required(node, "link", RemindStep.Referral);
        if (text is null or RemindStep.Referral)
        {
            return text is not null;
        }

        context.Problems.Add(node, $"'link' should be '{RemindStep.Referral}' (the task links to the person the reply refers to), not '{text}'");
        return false;
    }

    private static List<string>? TagList(YamlNode value, string key, ParseContext context)
    {
        IEnumerable<YamlNode> items;
        switch (value)
        {
            case YamlScalarNode:
                items = [value];
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                context.Problems.Add(value, $"'{key}' needs at least one tag");
                return null;
            case YamlSequenceNode sequence:
                items = sequence.Children;
                break;
            default:
                context.Problems.Add(value, $"'{key}' should be a tag or a list of tags, not {YamlReader.Describe(value)}");
                return null;
        }

        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var item in items)
        {
            if (Tags.Normalize(context.Required(item, key, "a tag, such as close")) is { } tag)
            {
                if (seen.Add(tag))
                {
                    tags.Add(tag);
                }
            }
            else
            {
                valid = false;
            }
        }

        return valid ? tags : null;
    }

    private static StageStep? Stage(YamlNode value, SourceLocation location, ParseContext context)
    {
        var stage = context.Required(value, "stage", "a stage, such as replied");
        if (stage is null)
        {
            return null;
        }

        if (!Stages.IsKnown(stage))
        {
            context.Problems.Add(value, DidYouMean.Unknown("stage", stage, Stages.All, "the stages are"));
            return null;
        }

        return new StageStep { Id = "", Location = location, Stage = stage };
    }

    /// <summary><c>analyse:</c> takes no value (an empty mapping is accepted too, as editors write it).</summary>
    private static AnalyseStep? Analyse(YamlNode value, SourceLocation location, ParseContext context)
    {
        if (value is YamlScalarNode scalar && YamlReader.IsNull(scalar) || value is YamlMappingNode { Children.Count: 0 })
        {
            return new AnalyseStep { Id = "", Location = location };
        }

        context.Problems.Add(value, value is YamlScalarNode text
            ? $"'analyse' takes no value; write 'analyse:' alone, without '{text.Value}'"
            : $"'analyse' takes no value; write 'analyse:' alone, not {YamlReader.Describe(value)}");
        return null;
    }

    private static StopStep? Stop(YamlNode value, SourceLocation location, ParseContext context)
    {
        if (value is not YamlScalarNode scalar)
        {
            context.Problems.Add(value, $"'stop' should be a reason or nothing, not {YamlReader.Describe(value)}");
            return null;
        }

        var reason = YamlReader.IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        return new StopStep { Id = "", Location = location, Reason = reason };
    }
}
