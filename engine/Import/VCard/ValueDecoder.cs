using System.Text;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Turns a content line's value bytes into text: quoted-printable undone first, then the bytes decoded
/// with the property's <c>CHARSET</c>, or as UTF-8 (Windows-1252 when they are not valid UTF-8). A file
/// already decoded from UTF-16 is UTF-8 throughout, so a CHARSET then applies only to quoted-printable bytes.
/// </summary>
internal sealed class ValueDecoder(bool transcoded)
{
    private readonly Dictionary<string, Encoding> _charsets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The text of <paramref name="line"/>'s value (still vCard-escaped); null when the value names a CHARSET no encoding
    /// answers to, with what is wrong in <paramref name="problem"/>.
    /// </summary>
    public string? Decode(ContentLine line, byte[] value, out string? problem)
    {
        problem = null;
        var quotedPrintable = line.Header.IsQuotedPrintable;
        var bytes = quotedPrintable ? QuotedPrintable.Decode(value) : value;
        var charset = line.Header.Charset;
        if (charset is null || (transcoded && !quotedPrintable))
        {
            return Charsets.DecodeUndeclared(bytes);
        }

        if (Charset(charset) is not { } encoding)
        {
            problem = $"CHARSET '{charset}' on line {line.Line} is not an encoding this reader knows; save the file as UTF-8 and import it again";
            return null;
        }

        return encoding.GetString(bytes);
    }

    private Encoding? Charset(string name)
    {
        if (_charsets.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!Charsets.TryGet(name, out var encoding))
        {
            return null;
        }

        _charsets[name] = encoding;
        return encoding;
    }
}
