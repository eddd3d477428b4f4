using System.Text;
using Playbook.Engine.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// What reading one playbook file needs everywhere: its problems, its lines (to place block scalars), the
/// known template names; and the readers of single values that report a wrong type or an empty value.
/// </summary>
internal sealed class ParseContext(ProblemList problems, string[] lines, IReadOnlyCollection<string>? templates)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ProblemList Problems => problems;

    /// <summary>The template names to check <c>template</c> values against, or null not to check them.</summary>
    public IReadOnlyCollection<string>? Templates => templates;

    public SourceLocation Locate(YamlNode node) => problems.Locate(node);

    /// <summary>
    /// The text of a single value; false (and a problem) when <paramref name="node"/> is a list or a mapping.
    /// <paramref name="text"/> is null for an empty value (nothing, <c>~</c>, <c>null</c>).
    /// </summary>
    public bool TryScalar(YamlNode node, string key, out string? text)
    {
        if (node is YamlScalarNode scalar)
        {
            text = IsNull(scalar) ? null : scalar.Value;
            return true;
        }

        problems.Add(node, $"'{key}' should be a single value, not {Describe(node)}");
        text = null;
        return false;
    }

    /// <summary>The text of a single value that must have one: null (and a problem saying what it needs) otherwise.</summary>
    public string? Required(YamlNode node, string key, string needs)
    {
        if (!TryScalar(node, key, out var text))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(node, $"'{key}' needs {needs}");
            return null;
        }

        return text.Trim();
    }

    /// <summary>A name (of a playbook, step, template or channel), checked against <see cref="Names"/>' rule.</summary>
    public string? Name(YamlNode node, string key, string what, string needs)
    {
        var text = Required(node, key, needs);
        if (text is null)
        {
            return null;
        }

        if (Names.IsValid(text))
        {
            return text;
        }

        problems.Add(node, Names.Problem(what, text));
        return null;
    }

    /// <summary>A C# condition; its location is its first character, wherever the YAML style puts it.</summary>
    public Expression? Condition(YamlNode node, string key, string example)
    {
        var text = Required(node, key, $"a C# condition, such as {example}");
        return text is null ? null : new Expression(((YamlScalarNode)node).Value!.TrimEnd(), TextStart((YamlScalarNode)node));
    }

    /// <summary>A duration such as <c>7d</c>; with <paramref name="positive"/>, zero is a problem too.</summary>
    public TimeSpan? Duration(YamlNode node, string key, string example, bool positive)
    {
        var text = Required(node, key, $"a duration, such as {example}");
        if (text is null)
        {
            return null;
        }

        if (!Time.Duration.TryParse(text, out var value, out var error))
        {
            problems.Add(node, error);
            return null;
        }

        if (positive && value <= TimeSpan.Zero)
        {
            problems.Add(node, $"'{key}' should be longer than zero, such as {example}");
            return null;
        }

        return value;
    }

    /// <summary>How a problem names what it found instead: <c>a list</c>, <c>a mapping</c>, <c>a single value</c>.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a single value",
    };

    /// <summary>Whether a scalar is YAML's null: nothing, <c>~</c> or <c>null</c>, unquoted.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The file's lines, from the bytes' text, for placing block scalars.</summary>
    public static string[] SplitLines(string text) => text.Split('\n');

    /// <summary>UTF-8 text of <paramref name="bytes"/> without its byte order mark, or null when it is not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where the text of <paramref name="scalar"/> starts. YamlDotNet marks a scalar where its token starts: the
    /// quote of a quoted scalar, the <c>|</c> or <c>&gt;</c> of a block scalar; a compiler wants the first character.
    /// </summary>
    public SourceLocation TextStart(YamlScalarNode scalar)
    {
        var start = Locate(scalar);
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return start with { Column = start.Column + 1 };
            case ScalarStyle.Literal or ScalarStyle.Folded:
                for (var index = start.Line; index < lines.Length; index++)
                {
                    var line = lines[index].TrimEnd('\r');
                    if (line.Trim().Length > 0)
                    {
                        return start with { Line = index + 1, Column = line.Length - line.TrimStart(' ').Length + 1 };
                    }
                }

                return start;
            default:
                return start;
        }
    }
}
