using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>Reads the <c>steps</c> list: each step's common keys, its type, and unique ids.</summary>
internal static class StepParser
{
    private const string Until = "until";
    private const string In = "in";
    private const string Link = "link";

    /// <summary>Every key a step may have: the common ones, the types, and the keys that go with one type.</summary>
    private static readonly string[] StepKeys = ["id", "if", .. StepKinds.All, Until, In, Link];

    /// <summary>The steps that are valid; problems for the others (the caller discards all when there is any).</summary>
    public static IReadOnlyList<Step> ReadAll(YamlNode node, ParseContext context)
    {
        if (node is not YamlSequenceNode sequence)
        {
            context.Problems.Add(node, $"'steps' should be a list of steps, not {YamlReader.Describe(node)}");
            return [];
        }

        if (sequence.Children.Count == 0)
        {
            context.Problems.Add(node, "'steps' is empty; a playbook needs at least one step");
            return [];
        }

        var steps = new List<Step>();
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Read(sequence.Children[i], i + 1, ids, context) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private static Step? Read(YamlNode node, int number, Dictionary<string, SourceLocation> ids, ParseContext context)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Problems.Add(node, $"step {number} should be a mapping of keys to values, not {YamlReader.Describe(node)}");
            return null;
        }

        var keys = ReadKeys(mapping, context, out var suggested, out var typeReported);
        var id = keys.TryGetValue("id", out var idEntry) ? Id(idEntry.Value, ids, context) : null;
        var label = id is null ? $"step {number}" : $"step '{id}'";
        if (idEntry.Value is null && !suggested.Contains("id"))
        {
            context.Problems.Add(mapping, $"{label} has no 'id'; give it a name, such as {SuggestedId(keys)}");
        }

        var condition = keys.TryGetValue("if", out var ifEntry)
            ? context.Condition(ifEntry.Value, "if", "contact.ProfileUrl != null")
            : null;

        var types = keys.Keys.Where(k => StepKinds.All.Contains(k, StringComparer.Ordinal)).ToList();
        if (types.Count == 0)
        {
            if (!typeReported)
            {
                context.Problems.Add(mapping, $"{label} has no type; give it one of {DidYouMean.Quoted(StepKinds.All)}");
            }

            return null;
        }

        foreach (var extra in types.Skip(1))
        {
            context.Problems.Add(keys[extra].Key, $"{label} has two types, '{types[0]}' and '{extra}'; give each its own step");
        }

        var kind = types[0];
        CheckBelongs(keys, Until, StepKinds.Wait, kind, context);
        CheckBelongs(keys, In, StepKinds.Remind, kind, context);
        CheckBelongs(keys, Link, StepKinds.Remind, kind, context);

        var location = context.Locate(mapping);
        var step = StepBodies.Read(
            kind, keys[kind].Value, keys.GetValueOrDefault(Until).Value, keys.GetValueOrDefault(In).Value, keys.GetValueOrDefault(Link).Value, label, location, context);
        return step is null || id is null || types.Count > 1
            ? null
            : step with { Id = id, If = condition };
    }

    /// <summary>
    /// The step's keys. An unknown key close to a step type, in a step that has no type, is reported as an
    /// unknown step type (<c>drat</c>: did you mean 'draft'?); so is the first unknown key of a step without
    /// a type that resembles no known key. <paramref name="suggested"/> holds the keys offered in a did-you-mean.
    /// </summary>
    private static Dictionary<string, (YamlScalarNode Key, YamlNode Value)> ReadKeys(
        YamlMappingNode mapping, ParseContext context, out HashSet<string> suggested, out bool typeReported)
    {
        var keys = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>(StringComparer.Ordinal);
        var unknown = new List<YamlScalarNode>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name } scalar)
            {
                context.Problems.Add(keyNode, $"a key should be a single name, not {YamlReader.Describe(keyNode)}");
            }
            else if (StepKeys.Contains(name, StringComparer.Ordinal))
            {
                keys[name] = (scalar, value);
            }
            else
            {
                unknown.Add(scalar);
            }
        }

        var hasType = keys.Keys.Any(k => StepKinds.All.Contains(k, StringComparer.Ordinal));
        typeReported = false;
        suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in unknown)
        {
            var suggestion = DidYouMean.Suggest(key.Value!, StepKeys);
            var isType = !hasType && (suggestion is null ? !typeReported : StepKinds.All.Contains(suggestion, StringComparer.Ordinal));
            if (isType)
            {
                context.Problems.Add(key, DidYouMean.Unknown("step type", key.Value!, StepKinds.All, "the step types are"));
                typeReported = true;
            }
            else
            {
                context.Problems.Add(key, DidYouMean.Unknown("key", key.Value!, StepKeys, "a step's keys are"));
            }

            if (suggestion is not null)
            {
                suggested.Add(suggestion);
            }
        }

        return keys;
    }

    private static string? Id(YamlNode node, Dictionary<string, SourceLocation> ids, ParseContext context)
    {
        var id = context.Name(node, "id", "step id", "a name for the step, such as welcome");
        if (id is null)
        {
            return null;
        }

        if (ids.TryGetValue(id, out var first))
        {
            context.Problems.Add(node, $"duplicate step id '{id}'; the first is at line {first.Line}");
            return null;
        }

        ids.Add(id, context.Locate(node));
        return id;
    }

    private static string SuggestedId(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys) =>
        keys.Keys.FirstOrDefault(k => StepKinds.All.Contains(k, StringComparer.Ordinal)) is { } type ? $"id: {type}" : "id: welcome";

    private static void CheckBelongs(
        Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, string key, string owner, string kind, ParseContext context)
    {
        if (kind != owner && keys.TryGetValue(key, out var entry))
        {
            context.Problems.Add(entry.Key, $"'{key}' belongs to a {owner} step, not a {kind} step");
        }
    }
}
