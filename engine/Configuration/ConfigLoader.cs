using Playbook.Engine.Contacts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Configuration;

/// <summary>Reads <c>config.yaml</c>, reporting every mistake with its line and column.</summary>
public static class ConfigLoader
{
    private static readonly string[] TopLevelKeys = ["me"];
    private static readonly string[] MeKeys = ["goals", "languages", "interests", "signature"];
    private static readonly string[] GoalKeys = ["name", "keywords", "propose"];

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
            var key = Key(keyNode, file, TopLevelKeys, "settings");
            if (key == "me")
            {
                config = ParseMe(Mapping(value, file, "'me'"), file);
            }
        }

        return config;
    }

    private static PlaybookConfig ParseMe(YamlMappingNode me, string file)
    {
        var config = new PlaybookConfig();
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

    private static Goal ParseGoal(YamlNode node, string file)
    {
        var mapping = Mapping(node, file, "a goal");
        string? name = null;
        string? propose = null;
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
                case "propose":
                    propose = Scalar(value, file, "'propose'");
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ConfigException(file, node.Start.Line, node.Start.Column, "a goal needs a 'name'");
        }

        return new Goal(name, keywords, propose);
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
