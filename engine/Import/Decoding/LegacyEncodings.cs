using System.Text;

namespace Playbook.Engine.Import.Decoding;

/// <summary>
/// The Windows code pages that older address-book exports are written in, Windows-1252 above all
/// (Outlook, Windows Contacts). .NET only knows them once the code-page provider is registered.
/// </summary>
internal static class LegacyEncodings
{
    /// <summary>Windows-1252; reading it registers the code-page provider first.</summary>
    public static Encoding Windows1252 { get; } = Load();

    /// <summary>Makes every code page known to <see cref="Encoding.GetEncoding(string)"/>.</summary>
    public static void EnsureRegistered() => _ = Windows1252;

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
