using System.Globalization;
using Playbook.Engine.Problems;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Testing;

/// <summary>The shapes a test file's values take, read with a problem at the value for each mistake.</summary>
internal sealed class TestYaml(ProblemList problems)
{
    public ProblemList Problems => problems;

    public SourceLocation At(YamlNode node) => problems.Locate(node);

    /// <summary>The keys of <paramref name="node"/>, each checked against <paramref name="known"/>; null (with a problem) when it is not a mapping.</summary>
    public MappingKeys? Keys(YamlNode node, IReadOnlyList<string> known, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return MappingKeys.Read(mapping, known, what + "'s", problems);
        }

        problems.Add(node, $"{what} should be a mapping ({Join(known.Take(3))}, ...), not {YamlReader.Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        problems.Add(node, $"{what} should be a list (lines starting with '- '), not {YamlReader.Describe(node)}");
        return null;
    }

    /// <summary>A single value that is not empty; null (with a problem) otherwise.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar && !YamlReader.IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value;
        }

        problems.Add(node, node is YamlScalarNode ? $"{what} is empty; give a value" : $"{what} should be a single value, not {YamlReader.Describe(node)}");
        return null;
    }

    public Located<string>? Located(YamlNode? node, string what) =>
        node is not null && Text(node, what) is { } text ? new Located<string>(text, At(node)) : null;

    /// <summary>One text or a list of texts.</summary>
    public IReadOnlyList<Located<string>> Texts(YamlNode? node, string what)
    {
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode list)
        {
            return [.. list.Children.Select(item => Located(item, what)).OfType<Located<string>>()];
        }

        return Located(node, what) is { } one ? [one] : [];
    }

    public TimeSpan? Duration(YamlNode node, string what)
    {
        if (Text(node, what) is not { } text)
        {
            return null;
        }

        if (Time.Duration.TryParse(text, out var value, out var error))
        {
            return value;
        }

        problems.Add(node, $"{what}: {error}");
        return null;
    }

    public Located<TimeSpan>? LocatedDuration(YamlNode? node, string what) =>
        node is not null && Duration(node, what) is { } span ? new Located<TimeSpan>(span, At(node)) : null;

    /// <summary>An ISO 8601 instant or date (UTC when it gives no offset).</summary>
    public DateTimeOffset? Instant(YamlNode node, string what)
    {
        if (Text(node, what) is not { } text)
        {
            return null;
        }

        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        problems.Add(node, $"{what} '{text}' is not an ISO 8601 instant such as 2026-01-05T09:00Z or 2026-01-05");
        return null;
    }

    /// <summary>An instant as problems and failures show it: <c>2026-01-05T09:00Z</c>, the same in every culture.</summary>
    public static string Instant(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm'Z'", CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> names) => string.Join(", ", names);
}
