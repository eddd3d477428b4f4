using System.Reflection;
using System.Text.RegularExpressions;
using Playbook.Engine.Problems;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>
/// The rules replies are classified by: the built-in file (<c>playbooks/reply-rules.yaml</c>, inside the executable)
/// and, added to them, the user's <c>reply-rules.yaml</c> in the config folder, in the same format.
/// </summary>
public sealed class ReplyRules
{
    /// <summary>The name of the rules file, built in and in the config folder.</summary>
    public const string FileName = "reply-rules.yaml";

    private static readonly string[] Labels =
    [
        ReplyRule.Ignore, ReplyLabels.Auto, ReplyLabels.Negative, ReplyLabels.Engaged, ReplyLabels.BrushOff,
        ReplyRule.Return, ReplyRule.Later, ReplyRule.Referral,
    ];
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private ReplyRules(IReadOnlyList<ReplyRule> rules) => Rules = rules;

    /// <summary>Every rule, the built-in ones first.</summary>
    public IReadOnlyList<ReplyRule> Rules { get; }

    /// <summary>The built-in rules alone.</summary>
    public static ReplyRules BuiltIn { get; } = new(Parse(BuiltInText(), "built-in/" + FileName));

    /// <summary>The built-in rules with those of <paramref name="userFile"/> added, when it exists.</summary>
    /// <exception cref="ReplyRulesException">The user's file is not valid: its position and what to change.</exception>
    public static ReplyRules Load(string? userFile)
    {
        if (userFile is null || !File.Exists(userFile))
        {
            return BuiltIn;
        }

        return new ReplyRules([.. BuiltIn.Rules, .. Read(YamlReader.ReadFile(userFile))]);
    }

    /// <summary>The rules written in <paramref name="text"/>, named <paramref name="file"/> in errors.</summary>
    /// <exception cref="ReplyRulesException">The text is not a valid rules file: every problem it has.</exception>
    public static IReadOnlyList<ReplyRule> Parse(string text, string file) => Read(YamlReader.Read(file, text));

    private static List<ReplyRule> Read(YamlReader yaml)
    {
        var problems = yaml.Problems;
        var rules = new List<ReplyRule>();
        if (yaml.Root is YamlMappingNode root)
        {
            foreach (var (key, value) in root.Children)
            {
                if ((key as YamlScalarNode)?.Value != "rules")
                {
                    problems.Add(key, $"unknown key '{(key as YamlScalarNode)?.Value}'; a rules file has one key, 'rules'");
                }
                else if (value is not YamlSequenceNode list)
                {
                    problems.Add(value, "'rules' should be a list of rules, each with label, cue and patterns");
                }
                else
                {
                    rules.AddRange(list.Children.Select(rule => Rule(rule, problems)).OfType<ReplyRule>());
                }
            }
        }
        else if (yaml.Root is { } other)
        {
            problems.Add(other, "a rules file should be a mapping with one key, 'rules'");
        }

        return problems.Count > 0 ? throw new ReplyRulesException(problems.InOrder()) : rules;
    }

    private static ReplyRule? Rule(YamlNode node, ProblemList problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(node, "a rule should be a mapping with label, cue and patterns");
            return null;
        }

        var before = problems.Count;
        string? label = null;
        string? cue = null;
        var weak = false;
        var returns = true;
        var patterns = new List<(Regex Regex, YamlNode Node)>();
        foreach (var (key, value) in mapping.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "label":
                    label = (value as YamlScalarNode)?.Value;
                    if (label is null || !Labels.Contains(label, StringComparer.Ordinal))
                    {
                        problems.Add(value, $"label '{label}' should be one of {string.Join(", ", Labels)}");
                    }

                    break;
                case "cue":
                    cue = (value as YamlScalarNode)?.Value;
                    break;
                case "weak":
                    weak = Flag(value, "weak", weak, problems);
                    break;
                case "returns":
                    returns = Flag(value, "returns", returns, problems);
                    break;
                case "patterns" when value is YamlSequenceNode items:
                    patterns.AddRange(items.Children.Select(item => (Regex: Pattern(item, problems), Node: item))
                        .Where(p => p.Regex is not null).Select(p => (p.Regex!, p.Node)));
                    break;
                case "patterns":
                    problems.Add(value, "'patterns' should be a list of regular expressions");
                    break;
                default:
                    problems.Add(key, $"unknown key '{(key as YamlScalarNode)?.Value}' in a rule; a rule has label, cue, patterns and optionally weak and returns");
                    break;
            }
        }

        if (label is not null && ReplyRule.GroupsOf(label) is { } needed)
        {
            foreach (var (_, item) in patterns.Where(p => !needed.Groups.Any(g => p.Regex.GetGroupNames().Contains(g))))
            {
                problems.Add(item, $"a '{label}' pattern needs a {string.Join(" or ", needed.Groups.Select(g => $"(?<{g}>...)"))} group, such as {needed.Example}");
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        if (label is null || string.IsNullOrWhiteSpace(cue) || patterns.Count == 0)
        {
            problems.Add(node, "a rule needs a label, a cue and at least one pattern");
            return null;
        }

        return new ReplyRule(label, cue, [.. patterns.Select(p => p.Regex)]) { Weak = weak, Returns = returns };
    }

    /// <summary>A rule's true-or-false key; anything else is reported and the default kept.</summary>
    private static bool Flag(YamlNode value, string key, bool fallback, ProblemList problems)
    {
        if (value is YamlScalarNode { Value: "true" or "false" } flag)
        {
            return flag.Value == "true";
        }

        problems.Add(value, $"'{key}' should be true or false");
        return fallback;
    }

    private static Regex? Pattern(YamlNode node, ProblemList problems)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(node, "a pattern should be a regular expression, such as '\\bnot interested\\b'");
            return null;
        }

        try
        {
            return new Regex(text, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            problems.Add(node, $"'{text}' is not a regular expression: {e.Message}");
            return null;
        }
    }

    private static string BuiltInText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("rules/" + FileName)
            ?? throw new InvalidOperationException($"The built-in {FileName} is missing from the engine.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
