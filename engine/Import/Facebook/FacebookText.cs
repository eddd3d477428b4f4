using System.Text;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// Facebook writes every string of a download as UTF-8 bytes, each escaped on its own as <c>\u00XX</c>
/// (<c>"Mart\u00c3\u00ada"</c> for "María"), so JSON reads mojibake. This undoes it.
/// </summary>
internal static class FacebookText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// <paramref name="text"/> with its characters read back as the UTF-8 bytes they are; unchanged when it holds a
    /// character above U+00FF (so it was not written that way) or its bytes are not valid UTF-8 (a real "Ã").
    /// </summary>
    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var high = false;
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return text;
            }

            high |= c >= '\u0080';
        }

        if (!high)
        {
            return text;
        }

        var bytes = text.Length <= 1024 ? stackalloc byte[text.Length] : new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }
}
