using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Playbook.Engine.Analysis;

namespace Playbook.Engine.Store;

/// <summary>An analysis as the store keeps it beside a draft: JSON, read back whole.</summary>
internal static class AnalysisJson
{
    /// <summary>
    /// What writes an analysis, with code generated at build time (a run writes one per draft, and the reflecting
    /// writer cost a pass as much as the analysis itself); accented letters and such are written as they are, not as
    /// escapes.
    /// </summary>
    private static readonly AnalysisJsonContext Writer = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(ContactAnalysis analysis) => JsonSerializer.Serialize(analysis, Writer.ContactAnalysis);

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
