using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Store;

/// <summary>
/// A read profile's lists as the contacts row keeps them: JSON in the shapes the command line prints
/// (<c>[{company, title, start, end, location}]</c> with <c>YYYY-MM</c> or <c>YYYY</c>; <c>[{name, degree, start, end}]</c>
/// with years; <c>[{language, proficiency}]</c>; arrays of strings). A value this build cannot read is read as empty.
/// </summary>
internal static class ProfileColumns
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<Position> positions) => Json(positions, (json, p) =>
    {
        json.WriteString("company", p.Company);
        json.WriteString("title", p.Title);
        json.WriteString("start", p.Start?.ToString());
        json.WriteString("end", p.End?.ToString());
        json.WriteString("location", p.Location);
    });

    public static string Write(IReadOnlyList<School> schools) => Json(schools, (json, s) =>
    {
        json.WriteString("name", s.Name);
        json.WriteString("degree", s.Degree);
        WriteYear(json, "start", s.Start);
        WriteYear(json, "end", s.End);
    });

    public static string Write(IReadOnlyList<Language> languages) => Json(languages, (json, l) =>
    {
        json.WriteString("language", l.Name);
        json.WriteString("proficiency", l.Proficiency);
    });

    public static string Write(IReadOnlyList<string> values) =>
        values.Count == 0 ? "[]" : JsonSerializer.Serialize(values, SerializerOptions);

    public static IReadOnlyList<Position> Positions(string? json) => Read(json, e =>
        Text(e, "company") is { } company
            ? new Position(company, Text(e, "title"), PartialDate.Parse(Text(e, "start")), PartialDate.Parse(Text(e, "end")), Text(e, "location"))
            : null);

    public static IReadOnlyList<School> Schools(string? json) => Read(json, e =>
        Text(e, "name") is { } name ? new School(name, Text(e, "degree"), Year(e, "start"), Year(e, "end")) : null);

    public static IReadOnlyList<Language> Languages(string? json) => Read(json, e =>
        Text(e, "language") is { } name ? new Language(name, Text(e, "proficiency")) : null);

    public static IReadOnlyList<string> Strings(string? json) => Read(json, e => e.ValueKind == JsonValueKind.String ? e.GetString() : null);

    private static string Json<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                json.WriteStartObject();
                write(json, item);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteYear(Utf8JsonWriter json, string name, int? year)
    {
        if (year is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static List<T> Read<T>(string? json, Func<JsonElement, T?> map)
        where T : class
    {
        if (string.IsNullOrEmpty(json) || json == "[]")
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? [.. document.RootElement.EnumerateArray().Select(map).OfType<T>()]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int? Year(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt32(out var year) => year,
                JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) => year,
                _ => null,
            }
            : null;
}
