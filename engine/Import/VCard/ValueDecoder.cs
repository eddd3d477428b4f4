using System.Text;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Turns a content line's value bytes into text: quoted-printable undone first, then the bytes decoded
/// with the property's <c>CHARSET</c>, or as UTF-8 (Windows-1252 when they are not valid UTF-8). A file
/// already decoded from UTF-16 is UTF-8 throughout, so a CHARSET then applies only to quoted-printable bytes.
/// </summary>
internal sealed class ValueDecoder(string fileName, bool transcoded)
{
    private readonly Dictionary<string, Encoding> _charsets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text of <paramref name="line"/>'s value (still vCard-escaped).</summary>
    /// <exception cref="ImportException">The value names a CHARSET no encoding answers to.</exception>
    public string Decode(ContentLine line, byte[] value)
    {
        var quotedPrintable = line.Header.IsQuotedPrintable;
        var bytes = quotedPrintable ? QuotedPrintable.Decode(value) : value;
        var charset = line.Header.Charset;
        if (charset is null || (transcoded && !quotedPrintable))
        {
            return Charsets.DecodeUndeclared(bytes);
        }

        return Charset(charset, line.Line).GetString(bytes);
    }

    private Encoding Charset(string name, long line)
    {
        if (_charsets.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!Charsets.TryGet(name, out var encoding))
        {
            throw new ImportException(fileName, $"line {line}: CHARSET '{name}' is not an encoding this reader knows");
        }

        _charsets[name] = encoding;
        return encoding;
    }
}
