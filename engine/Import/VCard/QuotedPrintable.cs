namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Decodes quoted-printable to bytes (not text: a soft line break may fall inside a multi-byte
/// character, so the bytes are decoded with the charset only once whole). <c>=XY</c> is a byte,
/// <c>=</c> before a line end (trailing blanks allowed) is a soft break; anything else is kept as it is.
/// </summary>
internal static class QuotedPrintable
{
    public static byte[] Decode(ReadOnlySpan<byte> encoded)
    {
        var decoded = new byte[encoded.Length];
        var length = 0;
        var i = 0;
        while (i < encoded.Length)
        {
            var b = encoded[i];
            if (b != '=')
            {
                decoded[length++] = b;
                i++;
                continue;
            }

            if (i + 2 < encoded.Length && TryHex(encoded[i + 1], out var high) && TryHex(encoded[i + 2], out var low))
            {
                decoded[length++] = (byte)((high << 4) | low);
                i += 3;
                continue;
            }

            var afterBlanks = i + 1;
            while (afterBlanks < encoded.Length && encoded[afterBlanks] is (byte)' ' or (byte)'\t')
            {
                afterBlanks++;
            }

            if (afterBlanks == encoded.Length)
            {
                i = afterBlanks;
            }
            else if (encoded[afterBlanks] is (byte)'\r' or (byte)'\n')
            {
                i = afterBlanks + 1;
                if (encoded[afterBlanks] == '\r' && i < encoded.Length && encoded[i] == '\n')
                {
                    i++;
                }
            }
            else
            {
                decoded[length++] = b;
                i++;
            }
        }

        Array.Resize(ref decoded, length);
        return decoded;
    }

    private static bool TryHex(byte digit, out int value)
    {
        value = digit switch
        {
            >= (byte)'0' and <= (byte)'9' => digit - '0',
            >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
            >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
            _ => -1,
        };
        return value >= 0;
    }
}
