using System.Buffers;
using System.Globalization;
using System.Text;
using Playbook.Engine.Import.Decoding;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// Tells from the first bytes of a file how it is encoded, and whether it is text at all: a byte-order mark
/// (UTF-8, UTF-16 LE/BE), UTF-16 without one (zero high bytes), UTF-8, else Windows-1252, which is what
/// Outlook writes on Western Windows. NUL bytes in anything but UTF-16, or a sample full of control
/// characters or unassigned code points, mean a binary file.
/// </summary>
internal static class TextSniffer
{
    /// <summary>More than this share of characters that text does not hold makes the sample binary.</summary>
    private const double MaxImplausibleShare = 0.10;

    /// <summary>The encoding of a file that starts with <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The first bytes of the file.</param>
    /// <param name="wholeFile">Whether <paramref name="prefix"/> is the whole file (a multi-byte character cannot be cut at its end).</param>
    /// <param name="fileName">The file, for the errors.</param>
    /// <exception cref="ImportException">The file is empty, binary, or in an encoding that cannot be read.</exception>
    public static SniffedText Detect(ReadOnlySpan<byte> prefix, bool wholeFile, string fileName)
    {
        if (prefix.IsEmpty)
        {
            throw new ImportException(fileName, "is empty; export the contacts again from Google Contacts or Outlook");
        }

        var (encoding, bomLength) = Choose(prefix, fileName);
        var sample = Decode(prefix[bomLength..], encoding, wholeFile);
        if (ImplausibleShare(sample) > MaxImplausibleShare)
        {
            throw Binary(fileName, prefix);
        }

        return new SniffedText(encoding, bomLength, sample);
    }

    private static (Encoding Encoding, int BomLength) Choose(ReadOnlySpan<byte> prefix, string fileName)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || prefix.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            throw Unreadable(fileName, "UTF-32");
        }

        if (prefix.Length > 3 && prefix.StartsWith((ReadOnlySpan<byte>)[0x2B, 0x2F, 0x76]) && prefix[3] is (byte)'8' or (byte)'9' or (byte)'+' or (byte)'/')
        {
            throw Unreadable(fileName, "UTF-7");
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (AnsiDecoderFallback.Utf8OrAnsi, 3);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        if (Utf16WithoutBom(prefix) is { } utf16)
        {
            return (utf16, 0);
        }

        if (prefix.Contains((byte)0))
        {
            throw Binary(fileName, prefix);
        }

        return (ReadsAsUtf8(prefix) ? AnsiDecoderFallback.Utf8OrAnsi : LegacyEncodings.Windows1252, 0);
    }

    /// <summary>UTF-16 saved without a BOM: nearly every high byte of a mostly-ASCII header is zero.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> prefix)
    {
        var pairs = Math.Min(prefix.Length, 4096) / 2;
        if (pairs < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            evenZeros += prefix[2 * i] == 0 ? 1 : 0;
            oddZeros += prefix[(2 * i) + 1] == 0 ? 1 : 0;
        }

        if (oddZeros >= pairs * 0.7 && evenZeros <= pairs * 0.05)
        {
            return Encoding.Unicode;
        }

        return evenZeros >= pairs * 0.7 && oddZeros <= pairs * 0.05 ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>
    /// Whether the bytes read better as UTF-8 than as Windows-1252: more valid multi-byte sequences than invalid
    /// bytes. A 1252 file has invalid ones nearly everywhere it has an accent; a UTF-8 file with a stray 1252 byte
    /// (two tools wrote it) still has mostly valid ones, and the stray byte is read as 1252 by the fallback.
    /// </summary>
    private static bool ReadsAsUtf8(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                break;
            }

            multiByte += status == OperationStatus.Done && consumed > 1 ? 1 : 0;
            invalid += status == OperationStatus.InvalidData ? 1 : 0;
            bytes = bytes[consumed..];
        }

        return invalid == 0 || multiByte > invalid;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding, bool wholeFile)
    {
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        var count = encoding.GetDecoder().GetChars(bytes, chars, flush: wholeFile);
        return new string(chars, 0, count);
    }

    /// <summary>
    /// The share of characters no text file holds: control characters other than tab and line ends, private-use
    /// and unassigned code points, lone surrogates. Random bytes read as 1252 or as UTF-16 have well over 10%.
    /// </summary>
    private static double ImplausibleShare(string sample)
    {
        int runes = 0, implausible = 0;
        foreach (var rune in sample.EnumerateRunes())
        {
            runes++;
            var category = Rune.GetUnicodeCategory(rune);
            var odd = (Rune.IsControl(rune) && rune.Value is not ('\t' or '\r' or '\n'))
                || rune == Rune.ReplacementChar
                || category is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
            implausible += odd ? 1 : 0;
        }

        return runes == 0 ? 0 : (double)implausible / runes;
    }

    private static ImportException Binary(string fileName, ReadOnlySpan<byte> prefix) =>
        prefix.StartsWith("PK\x03\x04"u8)
            ? new ImportException(fileName, "is a zip archive (an Excel workbook is one), not a CSV; save the sheet as 'CSV UTF-8', or export the contacts again from Google Contacts or Outlook")
            : new ImportException(fileName, "holds binary data, not text, so it is not a CSV exported from Google Contacts or Outlook");

    private static ImportException Unreadable(string fileName, string encoding) =>
        new(fileName, $"is encoded as {encoding}, which cannot be read; save it as UTF-8 and import it again");
}
