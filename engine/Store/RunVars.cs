using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Playbook.Engine.Store;

/// <summary>
/// A run's values (from <c>set</c> steps) as the JSON object the store keeps: <see cref="bool"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="string"/> and null, each read back as the type it was written as.
/// </summary>
internal static class RunVars
{
    public const string Empty = "{}";

    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>(StringComparer.Ordinal);

    public static string Write(IReadOnlyDictionary<string, object?> vars)
    {
        if (vars.Count == 0)
        {
            return Empty;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in vars)
            {
                switch (value)
                {
                    case null: json.WriteNull(name); break;
                    case bool b: json.WriteBoolean(name, b); break;
                    case long l: json.WriteNumber(name, l); break;
                    case int i: json.WriteNumber(name, i); break;
                    case double d: json.WriteNumber(name, d); break;
                    default: json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyDictionary<string, object?> Read(string json)
    {
        if (json == Empty)
        {
            return None;
        }

        using var document = JsonDocument.Parse(json);
        var vars = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            vars[property.Name] = value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when value.TryGetInt64(out var l) => l,
                JsonValueKind.Number => value.GetDouble(),
                JsonValueKind.String => value.GetString(),
                _ => null,
            };
        }

        return vars;
    }
}
