using System.Globalization;
using System.Text.Json;

namespace Playbook.Engine.Import.X;

/// <summary>
/// One file of an X archive's <c>data/</c> folder: JavaScript of the form <c>window.YTD.direct_messages.part0 = [...]</c>
/// (the manifest: <c>window.__THAR_CONFIG = {...}</c>). The assignment is blanked out, so what is left is JSON whose
/// lines and columns are the file's own, and a damaged file is reported where it is damaged.
/// </summary>
internal static class XDataFile
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The JSON of <paramref name="bytes"/>, the contents of a file of the archive.</summary>
    /// <exception cref="XFileException">It is not such a file, or its JSON is damaged.</exception>
    public static JsonDocument Parse(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var equals = bytes.AsSpan(start, Math.Min(bytes.Length - start, 300)).IndexOf((byte)'=');
        var head = System.Text.Encoding.UTF8.GetString(bytes, start, Math.Max(0, equals));
        if (equals < 0 || !head.TrimStart().StartsWith("window.", StringComparison.Ordinal))
        {
            throw new XFileException(1, 1, "does not start as a file of an X archive does ('window.YTD.... = ['); is it a file of the archive?");
        }

        bytes.AsSpan(0, start + equals + 1).Fill((byte)' ');
        var end = bytes.Length;
        while (end > 0 && bytes[end - 1] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)';')
        {
            bytes[--end] = (byte)' ';
        }

        try
        {
            return JsonDocument.Parse(bytes.AsMemory(), Options);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            // System.Text.Json's first sentence says what is wrong; the rest is about its own options and positions.
            var what = e.Message.Split(" LineNumber", 2)[0].Split(" Path:", 2)[0].Split(". ", 2)[0].TrimEnd('.', ' ');
            throw new XFileException(line, column, string.Create(CultureInfo.InvariantCulture, $"is damaged at line {line}, column {column} ({what})"));
        }
    }

    /// <summary>An id, which X writes as a string of digits: read as text, never as a number, which would round it.</summary>
    public static string? Id(JsonElement item, string property)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => StringOf(value),
            // Never GetInt64 or GetDouble: 1199000000000000001 as a double is 1199000000000000000.
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is { Length: > 0 and <= 40 } && text.All(char.IsAsciiDigit) ? text : null;
    }

    /// <summary>A string property, or null.</summary>
    public static string? Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? StringOf(value)
            : null;

    /// <summary>
    /// A JSON string as text; null when it is no text at all: an escaped half of a surrogate pair (<c>"\ud800"</c>) or
    /// bytes that are not UTF-8, which the parser lets through and only the reading of the string refuses. Such a
    /// property is taken as missing, and the item is read or skipped as without it.
    /// </summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>An instant as X writes it (<c>2026-09-14T18:02:11.000Z</c>), or null.</summary>
    public static DateTimeOffset? Instant(JsonElement item, string property) =>
        DateTimeOffset.TryParse(Text(item, property), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    /// <summary>The 1-based line of the first place <paramref name="needle"/> appears in <paramref name="bytes"/>, or 0.</summary>
    public static long LineOf(byte[] bytes, string needle)
    {
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(needle));
        return at < 0 ? 0 : bytes.AsSpan(0, at).Count((byte)'\n') + 1;
    }
}
