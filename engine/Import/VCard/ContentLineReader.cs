using System.Buffers;
using System.Text;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Turns physical lines into content lines, on raw bytes so that a fold may split a UTF-8 sequence:
/// a line starting with a space or tab continues the previous one (the first blank is dropped), and a
/// quoted-printable value ending in <c>=</c> (a soft line break) continues on the next line whatever it
/// starts with. Blank lines, and lines with no colon (such as unindented base64), are passed over.
/// </summary>
internal sealed class ContentLineReader
{
    private readonly ByteLines _lines;
    private readonly ArrayBufferWriter<byte> _next = new();
    private readonly ArrayBufferWriter<byte> _value = new();
    private long _nextNumber;
    private bool _hasNext;

    public ContentLineReader(ByteLines lines)
    {
        _lines = lines;
        Advance();
    }

    /// <summary>The line number of the last physical line read.</summary>
    public long LastLine => _lines.LineNumber;

    /// <summary>The next content line, or null at the end of the file.</summary>
    public ContentLine? Read()
    {
        while (_hasNext)
        {
            var number = _nextNumber;
            _value.ResetWrittenCount();
            _value.Write(_next.WrittenSpan);
            Advance();
            var colon = FindColon(_value.WrittenSpan);
            while (colon < 0 && IsFold())
            {
                // Parameters folded before the colon.
                _value.Write(_next.WrittenSpan[1..]);
                Advance();
                colon = FindColon(_value.WrittenSpan);
            }

            if (colon < 0)
            {
                continue;
            }

            var header = PropertyHeader.Parse(Charsets.DecodeUndeclared(_value.WrittenSpan[..colon]));
            var keep = !header.CarriesData;
            AppendContinuations(colon + 1, header.IsQuotedPrintable, keep);
            return new ContentLine(number, header, keep ? _value.WrittenSpan[(colon + 1)..].ToArray() : null);
        }

        return null;
    }

    private void AppendContinuations(int valueStart, bool quotedPrintable, bool keep)
    {
        while (_hasNext)
        {
            var line = _next.WrittenSpan;
            if (quotedPrintable && _value.WrittenSpan[valueStart..].EndsWith("="u8) && !IsCardBoundary(line))
            {
                // Kept as "=\r\n" so that the quoted-printable decoder drops it as the soft break it is.
                _value.Write("\r\n"u8);
                _value.Write(line);
            }
            else if (IsFold())
            {
                if (keep)
                {
                    _value.Write(line[1..]);
                }
            }
            else
            {
                return;
            }

            Advance();
        }
    }

    /// <summary>Whether the next physical line continues the current one (starts with a space or tab).</summary>
    private bool IsFold() => _hasNext && _next.WrittenSpan is [(byte)' ' or (byte)'\t', ..];

    private void Advance()
    {
        _hasNext = _lines.ReadLine(_next);
        _nextNumber = _lines.LineNumber;
    }

    /// <summary>The first colon outside double quotes (4.0 parameter values may be quoted and hold colons).</summary>
    private static int FindColon(ReadOnlySpan<byte> line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsCardBoundary(ReadOnlySpan<byte> line)
    {
        var trimmed = line.Trim(" \t"u8);
        return Ascii.EqualsIgnoreCase(trimmed, "END:VCARD"u8) || Ascii.EqualsIgnoreCase(trimmed, "BEGIN:VCARD"u8);
    }
}
