using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
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

    private static readonly string[] Labels = [ReplyRule.Ignore, ReplyLabels.Auto, ReplyLabels.Negative, ReplyLabels.Engaged, ReplyLabels.BrushOff];
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

        return new ReplyRules([.. BuiltIn.Rules, .. Parse(File.ReadAllText(userFile), userFile)]);
    }

    /// <summary>The rules written in <paramref name="text"/>, named <paramref name="file"/> in errors.</summary>
    /// <exception cref="ReplyRulesException">The text is not a valid rules file.</exception>
    public static IReadOnlyList<ReplyRule> Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ReplyRulesException(file, (int)e.Start.Line, (int)e.Start.Column, e.Message.Split('\n')[0]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return [];
        }

        var rules = new List<ReplyRule>();
        foreach (var (key, value) in root.Children)
        {
            if ((key as YamlScalarNode)?.Value != "rules")
            {
                throw At(file, key, $"unknown key '{(key as YamlScalarNode)?.Value}'; a rules file has one key, 'rules'");
            }

            if (value is not YamlSequenceNode list)
            {
                throw At(file, value, "'rules' should be a list of rules, each with label, cue and patterns");
            }

            rules.AddRange(list.Children.Select(rule => Rule(rule, file)));
        }

        return rules;
    }

    private static ReplyRule Rule(YamlNode node, string file)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw At(file, node, "a rule should be a mapping with label, cue and patterns");
        }

        string? label = null;
        string? cue = null;
        var patterns = new List<Regex>();
        foreach (var (key, value) in mapping.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "label":
                    label = (value as YamlScalarNode)?.Value;
                    if (label is null || !Labels.Contains(label, StringComparer.Ordinal))
                    {
                        throw At(file, value, $"label '{label}' should be one of {string.Join(", ", Labels)}");
                    }

                    break;
                case "cue":
                    cue = (value as YamlScalarNode)?.Value;
                    break;
                case "patterns":
                    if (value is not YamlSequenceNode items)
                    {
                        throw At(file, value, "'patterns' should be a list of regular expressions");
                    }

                    foreach (var item in items.Children)
                    {
                        patterns.Add(Pattern(item, file));
                    }

                    break;
                default:
                    throw At(file, key, $"unknown key '{(key as YamlScalarNode)?.Value}' in a rule; a rule has label, cue and patterns");
            }
        }

        if (label is null || string.IsNullOrWhiteSpace(cue) || patterns.Count == 0)
        {
            throw At(file, node, "a rule needs a label, a cue and at least one pattern");
        }

        return new ReplyRule(label, cue, patterns);
    }

    private static Regex Pattern(YamlNode node, string file)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (string.IsNullOrEmpty(text))
        {
            throw At(file, node, "a pattern should be a regular expression, such as '\\bnot interested\\b'");
        }

        try
        {
            return new Regex(text, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw At(file, node, $"'{text}' is not a regular expression: {e.Message}");
        }
    }

    private static ReplyRulesException At(string file, YamlNode node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, message);

    private static string BuiltInText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("rules/" + FileName)
            ?? throw new InvalidOperationException($"The built-in {FileName} is missing from the engine.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
