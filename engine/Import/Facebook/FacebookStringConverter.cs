using System.Text.Json;
using System.Text.Json.Serialization;

namespace Playbook.Engine.Import.Facebook;

/// <summary>Reads every string of a Facebook download through <see cref="FacebookText.Decode"/>, so no name or text is left in mojibake.</summary>
internal sealed class FacebookStringConverter : JsonConverter<string>
{
    /// <summary>How the download's files are read: every string decoded, numbers in quotes allowed, names as Facebook writes them.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new FacebookStringConverter() },
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        MaxDepth = 64,
    };

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => FacebookText.Decode(reader.GetString()!),
            JsonTokenType.Null => null,
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw new JsonException($"a text was expected, not {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
