using System.Globalization;
using System.Security.Cryptography;
using Playbook.Engine.Events;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>Reads one playbook file into a definition, or into every problem it has.</summary>
internal static class PlaybookParser
{
    /// <summary>The schema this build reads.</summary>
    public const int Schema = 1;

    private static readonly string[] TopLevelKeys = ["schema", "name", "description", "on", "every", "when", "max_age", "instead_of", "steps"];

    public static ParsedPlaybook Parse(PlaybookSource source, IReadOnlyCollection<string>? templates)
    {
        var yaml = YamlReader.Read(source.File, source.Content.Span);
        var problems = yaml.Problems;
        if (!yaml.IsRead)
        {
            // The name a file that cannot be read at all still claims: a name line found in its text, else its stem.
            var line = yaml.TopLevelLine("name");
            return Rejected(source, line is not null && Names.IsValid(line) ? line : null, problems, null);
        }

        if (yaml.Root is null)
        {
            problems.Add(1, 1, "the file is empty; a playbook needs 'schema', 'name', 'on' and 'steps'");
            return Rejected(source, null, problems, null);
        }

        foreach (var extra in yaml.Documents.Skip(1))
        {
            problems.Add(extra.RootNode, "a file holds one playbook; move this document to a file of its own");
        }

        var context = new ParseContext(yaml, templates);
        if (yaml.Root is not YamlMappingNode root)
        {
            problems.Add(yaml.Root, $"a playbook should be a mapping of keys to values, not {YamlReader.Describe(yaml.Root)}");
            return Rejected(source, null, problems, null);
        }

        return Read(root, source, context);
    }

    private static ParsedPlaybook Read(YamlMappingNode root, PlaybookSource source, ParseContext context)
    {
        // A newer schema is checked before anything else: its keys and steps would only add noise.
        if (NewerSchema(root, context))
        {
            return Rejected(source, ClaimedName(root), context.Problems, null);
        }

        var keys = MappingKeys.Read(root, TopLevelKeys, "a playbook's", context.Problems);
        keys.Require("schema", $"the playbook has no 'schema'; add schema: {Schema}");
        keys.Require("name", "the playbook has no 'name'");
        keys.Require("on", "the playbook has no 'on'; add the event that starts it, such as on: invitation.received");
        keys.Require("steps", "the playbook has no 'steps'");

        if (keys["schema"] is { } schemaNode && context.Required(schemaNode, "schema", $"the number {Schema}") is { } schema
            && schema != Schema.ToString(CultureInfo.InvariantCulture))
        {
            context.Problems.Add(schemaNode, $"'schema' should be {Schema}, not '{schema}'");
        }

        var name = keys["name"] is { } nameNode
            ? context.Name(nameNode, "name", "name", "the playbook's name, such as welcome")
            : null;
        string? description = null;
        if (keys["description"] is { } descriptionNode && context.TryScalar(descriptionNode, "description", out var text))
        {
            description = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        var trigger = keys["on"] is { } onNode ? Trigger(onNode, context) : null;
        var when = keys["when"] is { } whenNode ? context.Condition(whenNode, "when", "contact.ProfileUrl != null") : null;
        var maxAge = keys["max_age"] is { } maxAgeNode ? context.Duration(maxAgeNode, "max_age", "14d", positive: true) : null;
        var insteadOf = keys["instead_of"] is { } insteadNode
            ? context.Name(insteadNode, "instead_of", "instead_of", "the name of the playbook this one runs instead of, such as welcome")
            : null;
        var every = keys["every"] is { } everyNode ? context.Duration(everyNode, "every", "90d", positive: true) : null;
        if (trigger == PlaybookDefinition.Schedule)
        {
            if (keys["every"] is null && !keys.WasSuggested("every"))
            {
                context.Problems.Add(keys["on"]!, "a schedule has no period; add every: with how often it comes round, such as every: 90d");
            }

            if (keys["max_age"] is { } ageNode)
            {
                context.Problems.Add(ageNode, "'max_age' is for event triggers; a schedule is not started by an event");
            }
        }
        else if (trigger is not null && keys["every"] is { } stray)
        {
            context.Problems.Add(stray, $"'every' is only for on: {PlaybookDefinition.Schedule}; a playbook on {trigger} runs for each event");
        }

        var steps = keys["steps"] is { } stepsNode ? StepParser.ReadAll(stepsNode, context) : [];

        if (context.Problems.Count > 0)
        {
            return Rejected(source, ClaimedName(root), context.Problems, context);
        }

        var definition = new PlaybookDefinition
        {
            Name = name!,
            Description = description,
            Trigger = trigger!,
            When = when,
            MaxAge = maxAge,
            InsteadOf = insteadOf,
            InsteadOfLocation = keys["instead_of"] is { } insteadOfNode ? context.Locate(insteadOfNode) : null,
            Every = every,
            Steps = steps,
            SourceFile = source.File,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(source.Content.Span)),
            NameLocation = context.Locate(keys["name"]!),
            TriggerLocation = context.Locate(keys["on"]!),
            MaxAgeLocation = keys["max_age"] is { } node ? context.Locate(node) : null,
        };
        return new ParsedPlaybook(definition, name, []);
    }

    /// <summary>
    /// A file with problems: the name it claims (<paramref name="name"/>, else its stem) holds back a built-in of that
    /// name, and what <paramref name="context"/> read of its conditions and remind texts is still checked.
    /// </summary>
    private static ParsedPlaybook Rejected(PlaybookSource source, string? name, ProblemList problems, ParseContext? context) =>
        new(null, name ?? RejectedPlaybook.StemOf(source.File), problems.InOrder())
        {
            Parts = context is { Conditions.Count: > 0 } or { Reminds.Count: > 0 }
                ? new RejectedParts(source.File, context.Conditions, context.Reminds)
                : null,
        };

    // The name a broken file still claims, so that it holds back a built-in of that name.
    private static string? ClaimedName(YamlMappingNode root) =>
        root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "name" }).Value is YamlScalarNode { Value: { } name }
        && Names.IsValid(name.Trim())
            ? name.Trim()
            : null;

    private static string? Trigger(YamlNode node, ParseContext context)
    {
        var trigger = context.Required(node, "on", "an event kind, such as invitation.received, or schedule");
        if (trigger is null || trigger == PlaybookDefinition.Schedule || EventKinds.All.Contains(trigger, StringComparer.Ordinal))
        {
            return trigger;
        }

        context.Problems.Add(node, DidYouMean.Unknown("trigger", trigger, [.. EventKinds.All, PlaybookDefinition.Schedule], "the triggers are"));
        return null;
    }

    private static bool NewerSchema(YamlMappingNode root, ParseContext context)
    {
        var node = root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "schema" }).Value;
        if (node is YamlScalarNode { Value: { } value }
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var schema)
            && schema > Schema)
        {
            context.Problems.Add(node, $"schema {schema} is newer than this version of Playbook reads (schema {Schema}); update Playbook");
            return true;
        }

        return false;
    }
}
