using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Playbook.Engine.Analysis;

namespace Playbook.Engine.Store;

/// <summary>An analysis as the store keeps it beside a draft: JSON, read back whole.</summary>
internal static class AnalysisJson
{
    /// <summary>
    /// What writes an analysis, with code generated at build time (a run writes one per draft, and the reflecting
    /// writer cost a pass as much as the analysis itself); accented letters and such are written as they are, not as
    /// escapes. What reads back the same without being written is left out (see <see cref="LeaveOutWhatReadsBack"/>):
    /// most of an analysis is empty lists, nulls, false and zero, and written whole it was two thirds of a draft's row.
    /// </summary>
    private static readonly JsonTypeInfo<ContactAnalysis> Writer = (JsonTypeInfo<ContactAnalysis>)new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        TypeInfoResolver = AnalysisJsonContext.Default.WithAddedModifier(LeaveOutWhatReadsBack),
    }.GetTypeInfo(typeof(ContactAnalysis));

    public static string Write(ContactAnalysis analysis) => JsonSerializer.Serialize(analysis, Writer);

    /// <summary>
    /// The analysis in <paramref name="json"/>, or null for none (or for a value this build cannot read). Read with
    /// code generated at build time, so the first draft a screen lists does not load the reflecting reader; a list
    /// the JSON leaves out is read empty, as the reflecting reader reads it.
    /// </summary>
    public static ContactAnalysis? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.ContactAnalysis) is { } analysis ? WithLists(analysis) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Leaves out of an analysis what <see cref="Read"/> reads back the same when it is missing: an empty list (read
    /// empty), and what is worked out from the rest (its best goal, its topics), as well as, for every type, a null,
    /// false or zero (<see cref="JsonIgnoreCondition.WhenWritingDefault"/>). Lists inside a goal or a match are written
    /// as they are: a record's list left out would be read null.
    /// </summary>
    private static void LeaveOutWhatReadsBack(JsonTypeInfo info)
    {
        if (info.Type != typeof(ContactAnalysis))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is null)
            {
                property.ShouldSerialize = static (_, _) => false;
            }
            else if (typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType) && property.PropertyType != typeof(string))
            {
                property.ShouldSerialize = static (_, value) => value is not IReadOnlyCollection<object> { Count: 0 };
            }
        }
    }

    /// <summary>The lists a generated reader leaves null when the JSON has no such property, made empty.</summary>
    private static ContactAnalysis WithLists(ContactAnalysis a) =>
        a.FormerColleagues is null || a.SharedEmployers is null || a.SharedSchools is null || a.Skills is null || a.Keywords is null
        || a.Goals is null || a.Evidence is null || a.CommonGround is null || a.Goals.Any(g => g.Keywords is null)
            ? a with
            {
                FormerColleagues = a.FormerColleagues ?? [],
                SharedEmployers = a.SharedEmployers ?? [],
                SharedSchools = a.SharedSchools ?? [],
                Skills = a.Skills ?? [],
                Keywords = a.Keywords ?? [],
                Goals = a.Goals is null ? [] : [.. a.Goals.Select(g => g.Keywords is null ? g with { Keywords = [] } : g)],
                Evidence = a.Evidence ?? [],
                CommonGround = a.CommonGround ?? [],
            }
            : a;
}

/// <summary>The reader and writer of stored analyses, generated at build time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ContactAnalysis))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
