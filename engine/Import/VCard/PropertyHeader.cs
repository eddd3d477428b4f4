namespace Playbook.Engine.Import.VCard;

/// <summary>
/// The part of a content line before its colon: <c>item1.EMAIL;TYPE=INTERNET</c>. Names are upper-cased
/// (vCard names are case-insensitive). A vCard 2.1 bare parameter gets the name it implies:
/// <c>QUOTED-PRINTABLE</c> is an ENCODING, <c>utf-8</c> a CHARSET, <c>WORK</c> or <c>VOICE</c> a TYPE.
/// </summary>
internal sealed record PropertyHeader(string? Group, string Name, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    /// <summary>The <c>ENCODING</c> parameter, upper-cased, or null.</summary>
    public string? Encoding => Get("ENCODING")?.ToUpperInvariant();

    /// <summary>The <c>CHARSET</c> parameter, or null.</summary>
    public string? Charset => Get("CHARSET");

    public bool IsQuotedPrintable => Encoding is "QUOTED-PRINTABLE" or "QP";

    /// <summary>Whether the value is base64 (<c>ENCODING=BASE64</c> in 2.1, <c>ENCODING=b</c> in 3.0): binary, never text.</summary>
    public bool IsBinary => Encoding is "BASE64" or "B";

    /// <summary>Whether the value is data the reader never uses (a photo, logo, sound or key), so it need not be kept.</summary>
    public bool CarriesData => IsBinary || Name is "PHOTO" or "LOGO" or "SOUND" or "KEY";

    /// <summary>The first value of the parameter <paramref name="name"/> (upper-case), or null.</summary>
    public string? Get(string name)
    {
        foreach (var (key, value) in Parameters)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Reads a header such as <c>item1.TEL;TYPE="work,voice";PREF=1</c> or <c>TEL;WORK;VOICE</c>.</summary>
    public static PropertyHeader Parse(string text)
    {
        var parts = SplitOutsideQuotes(text);
        var qualified = parts[0].Trim();
        var dot = qualified.LastIndexOf('.');
        var group = dot > 0 ? qualified[..dot] : null;
        var name = (dot >= 0 ? qualified[(dot + 1)..] : qualified).ToUpperInvariant();

        var parameters = new List<KeyValuePair<string, string>>(parts.Count - 1);
        foreach (var part in parts.Skip(1))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            parameters.Add(equals < 0
                ? new(BareParameterName(trimmed), trimmed)
                : new(trimmed[..equals].Trim().ToUpperInvariant(), Unquote(trimmed[(equals + 1)..].Trim())));
        }

        return new PropertyHeader(group, name, parameters);
    }

    private static string BareParameterName(string value)
    {
        if (value.ToUpperInvariant() is "QUOTED-PRINTABLE" or "BASE64" or "8BIT" or "7BIT" || value is "B" or "b")
        {
            return "ENCODING";
        }

        // Charset names carry digits (utf-8, iso-8859-1, windows-1252); type names (WORK, X400...) are not encodings.
        return value.Any(char.IsAsciiDigit) && Charsets.TryGet(value, out _) ? "CHARSET" : "TYPE";
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static List<string> SplitOutsideQuotes(string text)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ';' && !quoted)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
