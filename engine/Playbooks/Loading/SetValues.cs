using System.Globalization;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>Reads a <c>set</c> step: a mapping of names (C# identifiers) to single values, typed as YAML's core schema types them.</summary>
internal static class SetValues
{
    public static SetStep? Read(YamlNode value, SourceLocation location, ParseContext context)
    {
        if (value is not YamlMappingNode mapping)
        {
            context.Problems.Add(value, $"'set' should be a mapping of names to values, such as {{ source: linkedin }}, not {YamlReader.Describe(value)}");
            return null;
        }

        if (mapping.Children.Count == 0)
        {
            context.Problems.Add(value, "'set' needs at least one name: value");
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name } || !IsIdentifier(name))
            {
                context.Problems.Add(keyNode, keyNode is YamlScalarNode { Value: { } bad }
                    ? $"'{bad}' in 'set' should be a name of letters, digits and '_' that does not start with a digit"
                    : $"a key should be a single name, not {YamlReader.Describe(keyNode)}");
                valid = false;
            }
            else if (valueNode is not YamlScalarNode scalar)
            {
                context.Problems.Add(valueNode, $"the value of '{name}' should be a single value, not {YamlReader.Describe(valueNode)}");
                valid = false;
            }
            else
            {
                values[name] = Typed(scalar);
            }
        }

        return valid ? new SetStep { Id = "", Location = location, Values = values.AsReadOnly() } : null;
    }

    /// <summary>A scalar's value as YAML's core schema reads it; anything quoted is a string.</summary>
    public static object? Typed(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return text;
        }

        if (YamlReader.IsNull(scalar))
        {
            return null;
        }

        switch (text)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return LooksDecimal(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : text;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    // Keeps "Infinity", "NaN" and the like strings, as YAML would.
    private static bool LooksDecimal(string text) =>
        text.Length > 0 && text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E');
}
