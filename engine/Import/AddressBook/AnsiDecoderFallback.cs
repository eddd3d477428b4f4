using System.Text;
using Playbook.Engine.Import.Decoding;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// Decodes the bytes that are not valid UTF-8 as Windows-1252, byte by byte. A file whose first 64 KiB are
/// plain ASCII can still hold an <c>é</c> written by Outlook in 1252 further down; with this fallback it
/// reads as <c>é</c> rather than as a replacement character, while real UTF-8 sequences keep their meaning.
/// </summary>
internal sealed class AnsiDecoderFallback(Encoding ansi) : DecoderFallback
{
    /// <summary>UTF-8 whose invalid bytes read as Windows-1252: how files that are neither UTF-16 nor plainly 1252 are decoded.</summary>
    public static Encoding Utf8OrAnsi { get; } = Encoding.GetEncoding(
        "utf-8", EncoderFallback.ReplacementFallback, new AnsiDecoderFallback(LegacyEncodings.Windows1252));

    // An invalid UTF-8 sequence handed to a fallback is at most four bytes, each one character in 1252.
    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new AnsiDecoderFallbackBuffer(ansi);
}
