using System.Globalization;
using Playbook.Engine.Analysis.Concepts;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Contacts;
using Playbook.Engine.Problems;
using Playbook.Engine.Time;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Configuration;

/// <summary>
/// Reads <c>config.yaml</c>, reporting every mistake at once with its line and column. A value with a mistake is
/// left out and the rest of the file is still read, so that one run of a command shows everything to fix.
/// </summary>
public static partial class ConfigLoader
{
    private static readonly string[] TopLevelKeys = ["me", "concepts", "limits", "conversations", "replies"];
    private static readonly string[] RepliesKeys = ["back_after_working_days"];
    private static readonly string[] ConversationKeys = ["messages_each_way", "within"];
    private static readonly string[] MeKeys = ["goals", "languages", "interests", "signature", "emails"];
    private static readonly string[] GoalKeys = ["name", "keywords", "propose"];
    private static readonly string[] LimitsKeys = ["linkedin_account", "channels"];
    private static readonly string[] LanguageKeys = ["name", "proficiency"];

    /// <summary>The settings in <paramref name="path"/>, or <see cref="PlaybookConfig.Empty"/> when there is no such file.</summary>
    /// <exception cref="ConfigException">The file is not valid YAML or has keys or values this build does not know: every one of them.</exception>
    public static PlaybookConfig Load(string path) =>
        File.Exists(path) ? Read(YamlReader.ReadFile(path)) : PlaybookConfig.Empty;

    /// <summary>The settings in <paramref name="reader"/>, named <paramref name="file"/> in errors.</summary>
    /// <exception cref="ConfigException">The text has mistakes: every one of them.</exception>
    public static PlaybookConfig Parse(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(YamlReader.Read(file, reader.ReadToEnd()));
    }

    private static PlaybookConfig Read(YamlReader yaml)
    {
        var problems = yaml.Problems;
        var config = PlaybookConfig.Empty;
        if (yaml.Root is { } node && Mapping(node, problems, "the settings") is { } root)
        {
            foreach (var (keyNode, value) in root.Children)
            {
                config = Key(keyNode, problems, TopLevelKeys, "settings") switch
                {
                    "me" when Mapping(value, problems, "'me'") is { } me => ParseMe(me, problems, config),
                    "concepts" => config with { Concepts = ConceptReader.Read(value, problems, ConceptLexicon.BuiltIn, ConceptLexicon.BuiltIn.Generic) },
                    "limits" when Mapping(value, problems, "'limits'") is { } limits => config with { Limits = ParseLimits(limits, problems) },
                    "conversations" when Mapping(value, problems, "'conversations'") is { } conversations =>
                        config with { Conversations = ParseConversations(conversations, problems) },
                    "replies" when Mapping(value, problems, "'replies'") is { } replies => ParseReplies(replies, problems, config),
                    _ => config,
                };
            }
        }

        return problems.Count > 0 ? throw new ConfigException(problems.InOrder()) : config;
    }

    /// <summary><c>conversations: { messages_each_way: 2, within: 30d }</c>: a thread with that many messages each way within that long is a conversation.</summary>
    private static ConversationSettings ParseConversations(YamlMappingNode mapping, ProblemList problems)
    {
        var settings = ConversationSettings.Default;
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (Key(keyNode, problems, ConversationKeys, "'conversations'"))
            {
                case "messages_each_way" when Scalar(value, problems, "'messages_each_way'", out var text):
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
                    {
                        settings = settings with { MessagesEachWay = count };
                    }
                    else
                    {
                        problems.Add(value, $"'messages_each_way' should be a whole number above 0, such as 2; not '{text}'");
                    }

                    break;
                case "within" when Scalar(value, problems, "'within'", out var text):
                    if (Duration.TryParse(text ?? "", out var window, out var error) && window > TimeSpan.Zero)
                    {
                        settings = settings with { Window = window };
                    }
                    else
                    {
                        problems.Add(value, $"'within' should be a duration such as 30d; {error ?? "it must be more than zero"}");
                    }

                    break;
            }
        }

        return settings;
    }

    /// <summary><c>replies: { back_after_working_days: 2 }</c>: how many working days after an out-of-office's return a follow-up waits.</summary>
    private static PlaybookConfig ParseReplies(YamlMappingNode mapping, ProblemList problems, PlaybookConfig config)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (Key(keyNode, problems, RepliesKeys, "'replies'") == "back_after_working_days"
                && Scalar(value, problems, "'back_after_working_days'", out var text))
            {
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 30)
                {
                    config = config with { BackAfterWorkingDays = days };
                }
                else
                {
                    problems.Add(value, $"'back_after_working_days' should be a whole number of working days from 0 to 30, such as 2; not '{text}'");
                }
            }
        }

        return config;
    }

    internal static PlaybookConfig ParseMe(YamlMappingNode me, ProblemList problems, PlaybookConfig config)
    {
        foreach (var (keyNode, value) in me.Children)
        {
            config = Key(keyNode, problems, MeKeys, "'me'") switch
            {
                "goals" when Sequence(value, problems, "'goals'") is { } goals =>
                    config with { Goals = [.. goals.Select(g => ParseGoal(g, problems)).OfType<Goal>()] },
                "languages" when Sequence(value, problems, "'languages'") is { } languages =>
                    config with { Languages = [.. languages.Select(l => ParseLanguage(l, problems)).OfType<Language>()] },
                "interests" => config with { Interests = Strings(value, problems, "'interests'") },
                "signature" when Scalar(value, problems, "'signature'", out var signature) => config with { Signature = signature },
                "emails" => config with { Emails = Strings(value, problems, "'emails'") },
                _ => config,
            };
        }

        return config;
    }

    private static Goal? ParseGoal(YamlNode node, ProblemList problems)
    {
        if (Mapping(node, problems, "a goal") is not { } mapping)
        {
            return null;
        }

        string? name = null;
        string? propose = null;
        Dictionary<string, string> proposals = new(StringComparer.Ordinal);
        IReadOnlyList<string> keywords = [];
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (Key(keyNode, problems, GoalKeys, "a goal"))
            {
                case "name":
                    Scalar(value, problems, "'name'", out name);
                    break;
                case "keywords":
                    keywords = Strings(value, problems, "'keywords'");
                    break;
                case "propose" when value is YamlMappingNode byLanguage:
                    proposals = ParseProposals(byLanguage, problems);
                    propose = proposals.GetValueOrDefault("en") ?? proposals.Values.FirstOrDefault();
                    break;
                case "propose":
                    Scalar(value, problems, "'propose'", out propose);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(node, "a goal needs a 'name'");
            return null;
        }

        return new Goal(name, keywords, propose) { Proposals = proposals.AsReadOnly() };
    }

    /// <summary><c>propose: { es: un café, en: a coffee }</c>: what to propose in each language, by its two-letter code.</summary>
    private static Dictionary<string, string> ParseProposals(YamlMappingNode mapping, ProblemList problems)
    {
        var proposals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var code = ((keyNode as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
            if (code.Length != 2 || !code.All(char.IsAsciiLetterLower))
            {
                problems.Add(keyNode, $"'{code}' is not a language code; write what to propose per language as 'es: un café', 'en: a coffee'");
                continue;
            }

            if (Scalar(value, problems, $"'propose' in '{code}'", out var text) && text is not null)
            {
                proposals[code] = text;
            }
        }

        return proposals;
    }

    private static Language? ParseLanguage(YamlNode node, ProblemList problems)
    {
        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return new Language(scalar.Value.Trim(), null);
        }

        if (Mapping(node, problems, "a language") is not { } mapping)
        {
            return null;
        }

        string? name = null;
        string? proficiency = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (Key(keyNode, problems, LanguageKeys, "a language"))
            {
                case "name":
                    Scalar(value, problems, "'name'", out name);
                    break;
                case "proficiency":
                    Scalar(value, problems, "'proficiency'", out proficiency);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(node, "a language needs a 'name'");
            return null;
        }

        return new Language(name, proficiency);
    }

    /// <summary>The key's name when this mapping knows it; otherwise null, with a problem that lists the keys it takes.</summary>
    private static string? Key(YamlNode node, ProblemList problems, string[] known, string where)
    {
        var key = (node as YamlScalarNode)?.Value ?? "";
        if (known.Contains(key, StringComparer.Ordinal))
        {
            return key;
        }

        problems.Add(node, $"unknown key '{key}' in {where}; the keys are {string.Join(", ", known.Select(k => $"'{k}'"))}");
        return null;
    }

    private static YamlMappingNode? Mapping(YamlNode node, ProblemList problems, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        problems.Add(node, $"{what} should be a mapping of keys to values");
        return null;
    }

    private static YamlSequenceNode? Sequence(YamlNode node, ProblemList problems, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        problems.Add(node, $"{what} should be a list");
        return null;
    }

    /// <summary>
    /// Whether <paramref name="node"/> is a single value (with a problem when it is not); <paramref name="text"/> is
    /// its trimmed text, or null when it is empty.
    /// </summary>
    private static bool Scalar(YamlNode node, ProblemList problems, string what, out string? text)
    {
        if (node is YamlScalarNode scalar)
        {
            text = string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            return true;
        }

        problems.Add(node, $"{what} should be a single value");
        text = null;
        return false;
    }

    /// <summary>A list of strings, written as a YAML list or as one comma-separated value.</summary>
    private static string[] Strings(YamlNode node, ProblemList problems, string what)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return [.. sequence.Select(item => Scalar(item, problems, $"each of {what}", out var text) ? text : null).OfType<string>()];
            case YamlScalarNode scalar:
                return (scalar.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                problems.Add(node, $"{what} should be a list");
                return [];
        }
    }
}
