using System.Text;
using Playbook.Engine.Import.Decoding;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Finds how a .vcf file is encoded from its first bytes. UTF-8 (with or without a BOM) and 8-bit files
/// are read as bytes, so that folds and quoted-printable can be undone before decoding; UTF-16 (with a
/// BOM, or recognised by its zero bytes around <c>BEGIN</c>) is decoded first and handed on as UTF-8.
/// </summary>
internal static class FileEncoding
{
    private const int SniffLength = 4;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bytes to parse, and whether they were transcoded from UTF-16 (then CHARSET parameters no longer apply).</summary>
    /// <exception cref="ImportException">The file is UTF-32.</exception>
    public static (Stream Bytes, bool Transcoded) Open(Stream stream, string fileName)
    {
        var head = new byte[SniffLength];
        var length = 0;
        while (length < SniffLength && stream.Read(head, length, SniffLength - length) is var read and > 0)
        {
            length += read;
        }

        ReadOnlySpan<byte> h = head.AsSpan(0, length);
        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || h.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])
            || (length == SniffLength && ((h[0] != 0 && h[1] == 0 && h[2] == 0 && h[3] == 0) || (h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] != 0))))
        {
            throw new ImportException(fileName, "the file is UTF-32, which cannot be read; save it as UTF-8 and import it again");
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new ChainedStream(h[3..].ToArray(), stream), false);
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Transcode(h[2..], stream, Encoding.Unicode), true);
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Transcode(h[2..], stream, Encoding.BigEndianUnicode), true);
        }

        if (length == SniffLength && h[0] != 0 && h[1] == 0 && h[2] != 0 && h[3] == 0)
        {
            return (Transcode(h, stream, Encoding.Unicode), true);
        }

        if (length == SniffLength && h[0] == 0 && h[1] != 0 && h[2] == 0 && h[3] != 0)
        {
            return (Transcode(h, stream, Encoding.BigEndianUnicode), true);
        }

        return (new ChainedStream(h.ToArray(), stream), false);
    }

    private static Stream Transcode(ReadOnlySpan<byte> prefix, Stream stream, Encoding encoding) =>
        Encoding.CreateTranscodingStream(new ChainedStream(prefix.ToArray(), stream), encoding, Utf8, leaveOpen: false);
}
