using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// What reading one playbook file needs everywhere: the file as read (its problems, where its values start), the
/// known template names; and the readers of single values that report a wrong type or an empty value.
/// </summary>
internal sealed class ParseContext(YamlReader yaml, IReadOnlyCollection<string>? templates)
{
    private readonly ProblemList _problems = yaml.Problems;
    private readonly List<Expression> _conditions = [];
    private readonly List<RemindStep> _reminds = [];

    public ProblemList Problems => _problems;

    /// <summary>Every condition read so far, valid steps or not: a file with problems still has them compiled.</summary>
    public IReadOnlyList<Expression> Conditions => _conditions;

    /// <summary>Every remind step read so far, valid steps or not: a file with problems still has their texts parsed.</summary>
    public IReadOnlyList<RemindStep> Reminds => _reminds;

    /// <summary>The template names to check <c>template</c> values against, or null not to check them.</summary>
    public IReadOnlyCollection<string>? Templates => templates;

    public SourceLocation Locate(YamlNode node) => _problems.Locate(node);

    /// <summary>
    /// The text of a single value; false (and a problem) when <paramref name="node"/> is a list or a mapping.
    /// <paramref name="text"/> is null for an empty value (nothing, <c>~</c>, <c>null</c>).
    /// </summary>
    public bool TryScalar(YamlNode node, string key, out string? text)
    {
        if (node is YamlScalarNode scalar)
        {
            text = YamlReader.IsNull(scalar) ? null : scalar.Value;
            return true;
        }

        _problems.Add(node, $"'{key}' should be a single value, not {YamlReader.Describe(node)}");
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
            _problems.Add(node, $"'{key}' needs {needs}");
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

        _problems.Add(node, Names.Problem(what, text));
        return null;
    }

    /// <summary>A C# condition; its location is its first character, wherever the YAML style puts it.</summary>
    public Expression? Condition(YamlNode node, string key, string example)
    {
        var text = Required(node, key, $"a C# condition, such as {example}");
        if (text is null)
        {
            return null;
        }

        var condition = new Expression(((YamlScalarNode)node).Value!.TrimEnd(), TextStart((YamlScalarNode)node));
        _conditions.Add(condition);
        return condition;
    }

    /// <summary>Keeps a remind step that was read (see <see cref="Reminds"/>).</summary>
    public RemindStep Remind(RemindStep step)
    {
        _reminds.Add(step);
        return step;
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
            _problems.Add(node, error);
            return null;
        }

        if (positive && value <= TimeSpan.Zero)
        {
            _problems.Add(node, $"'{key}' should be longer than zero, such as {example}");
            return null;
        }

        return value;
    }

    /// <summary>Where the text of <paramref name="scalar"/> starts (see <see cref="YamlReader.TextStart"/>).</summary>
    public SourceLocation TextStart(YamlScalarNode scalar) => yaml.TextStart(scalar);
}
