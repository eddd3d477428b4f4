using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using Playbook.Engine.Import.Decoding;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// The character sets a vCard may name (<c>CHARSET=</c>), including the Windows code pages, and the
/// default decoding of bytes that name none: UTF-8 when they are valid UTF-8, Windows-1252 otherwise
/// (the encoding of older Outlook and Windows address-book exports).
/// </summary>
internal static class Charsets
{
    private static readonly UTF8Encoding Utf8Text = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The encoding called <paramref name="name"/> (<c>utf-8</c>, <c>ISO-8859-1</c>, <c>Windows-1252</c>...); false for a
    /// name no encoding answers to, and for one .NET knows but refuses to decode (UTF-7).
    /// </summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out Encoding? encoding)
    {
        LegacyEncodings.EnsureRegistered();
        try
        {
            encoding = Encoding.GetEncoding(name.Trim());
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            encoding = null;
            return false;
        }
    }

    /// <summary>Text of bytes with no declared charset: UTF-8 if they are valid UTF-8, Windows-1252 otherwise.</summary>
    public static string DecodeUndeclared(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? Utf8Text.GetString(bytes) : LegacyEncodings.Windows1252.GetString(bytes);
}
