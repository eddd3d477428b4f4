using System.Text.Encodings.Web;
using System.Text.Json;
using Playbook.Engine.Analysis;

namespace Playbook.Engine.Store;

/// <summary>An analysis as the store keeps it beside a draft: JSON, read back whole.</summary>
internal static class AnalysisJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ContactAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    /// <summary>The analysis in <paramref name="json"/>, or null for none (or for a value this build cannot read).</summary>
    public static ContactAnalysis? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ContactAnalysis>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
