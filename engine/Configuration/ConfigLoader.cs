using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Templates;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Configuration;

/// <summary>Reads <c>config.yaml</c>, reporting every mistake with its line and column.</summary>
public static class ConfigLoader
{
    private static readonly string[] TopLevelKeys = ["me", "limits", "conversations"];
    private static readonly string[] ConversationKeys = ["messages_each_way", "within"];
    private static readonly string[] MeKeys = ["goals", "languages", "interests", "signature"];
    private static readonly string[] GoalKeys = ["name", "keywords", "propose"];
    private static readonly string[] LimitsKeys = ["linkedin_account", "channels"];

    /// <summary>The settings in <paramref name="path"/>, or <see cref="PlaybookConfig.Empty"/> when there is no such file.</summary>
    /// <exception cref="ConfigException">The file is not valid YAML or has a key or value this build does not know.</exception>
    public static PlaybookConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            return PlaybookConfig.Empty;
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>The settings in <paramref name="reader"/>, named <paramref name="file"/> in errors.</summary>
    public static PlaybookConfig Parse(TextReader reader, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ConfigException(file, e.Start.Line, e.Start.Column, FirstLine(e.Message), e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return PlaybookConfig.Empty;
        }

        var root = Mapping(stream.Documents[0].RootNode, file, "the settings");
        var config = PlaybookConfig.Empty;
        foreach (var (keyNode, value) in root.Children)
        {
            config = Key(keyNode, file, TopLevelKeys, "settings") switch
            {
                "me" => ParseMe(Mapping(value, file, "'me'"), file, config),
                "limits" => config with { Limits = ParseLimits(Mapping(value, file, "'limits'"), file) },
                "conversations" => config with { Conversations = ParseConversations(Mapping(value, file, "'conversations'"), file) },
                _ => config,
            };
        }

        return config;
    }

    /// <summary><c>conversations: { messages_each_way: 2, within: 30d }</c>: a thread with that many messages each way within that long is a conversation.</summary>
    private static Analysis.Replies.ConversationSettings ParseConversations(YamlMappingNode mapping, string file)
    {
        var settings = Analysis.Replies.ConversationSettings.Default;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var text = Scalar(value, file, $"'{(keyNode as YamlScalarNode)?.Value}'");
            switch (Key(keyNode, file, ConversationKeys, "'conversations'"))
            {
                case "messages_each_way":
                    settings = int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0
                        ? settings with { MessagesEachWay = count }
                        : throw new ConfigException(file, value.Start.Line, value.Start.Column, $"'messages_each_way' should be a whole number above 0, such as 2; not '{text}'");
                    break;
                case "within":
                    settings = Time.Duration.TryParse(text, out var window, out var error) && window > TimeSpan.Zero
                        ? settings with { Window = window }
                        : throw new ConfigException(file, value.Start.Line, value.Start.Column, $"'within' should be a duration such as 30d; {error ?? "it must be more than zero"}");
                    break;
            }
        }

        return settings;
    }

    private static PlaybookConfig ParseMe(YamlMappingNode me, string file, PlaybookConfig config)
    {
        foreach (var (keyNode, value) in me.Children)
        {
            config = Key(keyNode, file, MeKeys, "'me'") switch
            {
                "goals" => config with { Goals = Sequence(value, file, "'goals'").Select(g => ParseGoal(g, file)).ToList() },
                "languages" => config with { Languages = Sequence(value, file, "'languages'").Select(l => ParseLanguage(l, file)).ToList() },
                "interests" => config with { Interests = Strings(value, file, "'interests'") },
                "signature" => config with { Signature = Scalar(value, file, "'signature'") },
                _ => config,
            };
        }

        return config;
    }

    /// <summary>
    /// <c>limits: { linkedin_account: free|premium, channels: { NAME: CHARACTERS|none, ... } }</c>; a channel named
    /// twice (<c>LinkedIn</c> and <c>linkedin</c>, <c>linkedin_note</c> and <c>linkedin-note</c>) is a mistake.
    /// </summary>
    private static ChannelLimits ParseLimits(YamlMappingNode limits, string file)
    {
        var result = ChannelLimits.Default;
        foreach (var (keyNode, value) in limits.Children)
        {
            switch (Key(keyNode, file, LimitsKeys, "'limits'"))
            {
                case "linkedin_account":
                    result = result with { LinkedInAccount = ParseAccount(value, file) };
                    break;
                case "channels":
                    result = result with { Channels = ParseChannels(Mapping(value, file, "'channels'"), file) };
                    break;
            }
        }

        return result;
    }

    private static LinkedInAccount ParseAccount(YamlNode node, string file) =>
        Scalar(node, file, "'linkedin_account'")?.ToLowerInvariant() switch
        {
            "free" => LinkedInAccount.Free,
            "premium" => LinkedInAccount.Premium,
            var other => throw new ConfigException(file, node.Start.Line, node.Start.Column,
                $"'linkedin_account' should be 'free' or 'premium'{(other is null ? "" : $", not '{other}'")}"),
        };

    private static Dictionary<string, int?> ParseChannels(YamlMappingNode channels, string file)
    {
        var limits = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in channels.Children)
        {
            var name = Scalar(keyNode, file, "a channel's name")
                ?? throw new ConfigException(file, keyNode.Start.Line, keyNode.Start.Column, "a channel needs a name");
            if (!limits.TryAdd(ChannelLimits.ChannelName(name), ParseLimit(value, file, name)))
            {
                throw new ConfigException(file, keyNode.Start.Line, keyNode.Start.Column,
                    $"the channel '{name}' is set twice (as '{ChannelLimits.ChannelName(name)}'); keep one");
            }
        }

        return limits;
    }

    /// <summary>A number of characters above 0, or <c>none</c> for no limit.</summary>
    private static int? ParseLimit(YamlNode node, string file, string channel)
    {
        var text = Scalar(node, file, $"the limit of '{channel}'");
        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0
            ? limit
            : throw new ConfigException(file, node.Start.Line, node.Start.Column,
                $"the limit of '{channel}' should be a number of characters above 0, or 'none'{(text is null ? "" : $"; not '{text}'")}");
    }

    private static Goal ParseGoal(YamlNode node, string file)
    {
        var mapping = Mapping(node, file, "a goal");
        string? name = null;
        string? propose = null;
        Dictionary<string, string> proposals = new(StringComparer.Ordinal);
        IReadOnlyList<string> keywords = [];
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (Key(keyNode, file, GoalKeys, "a goal"))
            {
                case "name":
                    name = Scalar(value, file, "'name'");
                    break;
                case "keywords":
                    keywords = Strings(value, file, "'keywords'");
                    break;
                case "propose" when value is YamlMappingNode byLanguage:
                    proposals = ParseProposals(byLanguage, file);
                    propose = proposals.GetValueOrDefault("en") ?? proposals.Values.FirstOrDefault();
                    break;
                case "propose":
                    propose = Scalar(value, file, "'propose'");
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ConfigException(file, node.Start.Line, node.Start.Column, "a goal needs a 'name'");
        }

        return new Goal(name, keywords, propose) { Proposals = proposals.AsReadOnly() };
    }

    /// <summary><c>propose: { es: un café, en: a coffee }</c>: what to propose in each language, by its two-letter code.</summary>
    private static Dictionary<string, string> ParseProposals(YamlMappingNode mapping, string file)
    {
        var proposals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var code = ((keyNode as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
            if (code.Length != 2 || !code.All(char.IsAsciiLetterLower))
            {
                throw new ConfigException(file, keyNode.Start.Line, keyNode.Start.Column,
                    $"'{code}' is not a language code; write what to propose per language as 'es: un café', 'en: a coffee'");
            }

            if (Scalar(value, file, $"'propose' in '{code}'") is { } text)
            {
                proposals[code] = text;
            }
        }

        return proposals;
    }

    private static Language ParseLanguage(YamlNode node, string file)
    {
        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return new Language(scalar.Value.Trim(), null);
        }

        var mapping = Mapping(node, file, "a language");
        string? name = null;
        string? proficiency = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (Key(keyNode, file, ["name", "proficiency"], "a language"))
            {
                case "name":
                    name = Scalar(value, file, "'name'");
                    break;
                case "proficiency":
                    proficiency = Scalar(value, file, "'proficiency'");
                    break;
            }
        }

        return string.IsNullOrWhiteSpace(name)
            ? throw new ConfigException(file, node.Start.Line, node.Start.Column, "a language needs a 'name'")
            : new Language(name, proficiency);
    }

    private static string Key(YamlNode node, string file, string[] known, string where)
    {
        var key = (node as YamlScalarNode)?.Value ?? "";
        if (known.Contains(key, StringComparer.Ordinal))
        {
            return key;
        }

        throw new ConfigException(file, node.Start.Line, node.Start.Column,
            $"unknown key '{key}' in {where}; the keys are {string.Join(", ", known.Select(k => $"'{k}'"))}");
    }

    private static YamlMappingNode Mapping(YamlNode node, string file, string what) =>
        node as YamlMappingNode ?? throw new ConfigException(file, node.Start.Line, node.Start.Column, $"{what} should be a mapping of keys to values");

    private static IEnumerable<YamlNode> Sequence(YamlNode node, string file, string what) =>
        node as YamlSequenceNode ?? throw new ConfigException(file, node.Start.Line, node.Start.Column, $"{what} should be a list");

    private static string? Scalar(YamlNode node, string file, string what) =>
        node is YamlScalarNode scalar
            ? string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim()
            : throw new ConfigException(file, node.Start.Line, node.Start.Column, $"{what} should be a single value");

    /// <summary>A list of strings, written as a YAML list or as one comma-separated value.</summary>
    private static IReadOnlyList<string> Strings(YamlNode node, string file, string what) => node switch
    {
        YamlSequenceNode sequence => sequence.Select(item => Scalar(item, file, $"each of {what}")).OfType<string>().ToList(),
        YamlScalarNode scalar => (scalar.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => throw new ConfigException(file, node.Start.Line, node.Start.Column, $"{what} should be a list"),
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
