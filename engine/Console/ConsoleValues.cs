using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Playbook.Engine.Console;

/// <summary>
/// How the console prints a value, one line at a time so that a script can read it: a text as it is, a number or a date
/// in the invariant culture, a record as one line of JSON with the command line's names (camelCase, dates as
/// <c>YYYY-MM-DD</c>, instants as ISO 8601), and a sequence one element a line. As JSON (<c>--json</c>) every value is
/// one line of JSON, a sequence one array.
/// </summary>
public static class ConsoleValues
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        IncludeFields = true,
        MaxDepth = 32,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// The lines that show <paramref name="value"/>; a sequence (other than a text) shows at most <paramref name="limit"/>
    /// elements, then a line saying how to see more. Reading a sequence may read the store.
    /// </summary>
    public static IEnumerable<string> Lines(object? value, bool json, int limit = int.MaxValue)
    {
        if (json)
        {
            yield return Serialize(value is IEnumerable sequence and not string ? Bounded(sequence, limit) : value);
            yield break;
        }

        if (value is IEnumerable items and not string and not IDictionary)
        {
            var shown = 0;
            foreach (var item in items)
            {
                if (shown == limit)
                {
                    yield return string.Create(CultureInfo.InvariantCulture, $"... (the first {limit} are shown; add .Skip({limit}) for the next)");
                    yield break;
                }

                yield return Line(item);
                shown++;
            }

            if (shown == 0)
            {
                yield return "(none)";
            }

            yield break;
        }

        yield return Line(value);
    }

    /// <summary>One value on one line: a scalar as text, anything else as JSON.</summary>
    public static string Line(object? value) => value switch
    {
        null => "null",
        string text => text.ReplaceLineEndings("\n"),
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable formattable when value.GetType().IsPrimitive || value is decimal => formattable.ToString(null, CultureInfo.InvariantCulture),
        Type type => type.FullName ?? type.Name,
        Delegate => value.ToString() ?? "",
        _ => Serialize(value),
    };

    private static List<object?> Bounded(IEnumerable sequence, int limit)
    {
        var list = new List<object?>();
        foreach (var item in sequence)
        {
            if (list.Count == limit)
            {
                break;
            }

            list.Add(item);
        }

        return list;
    }

    private static string Serialize(object? value)
    {
        try
        {
            return JsonSerializer.Serialize(value, Json);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException or ArgumentException)
        {
            // A value JSON cannot show (a delegate inside, a type with no public shape): its own text.
            return value?.ToString() ?? "null";
        }
    }
}
