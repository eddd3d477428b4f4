using System.Text;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// One property of a card after unfolding: its header and the raw bytes of its value, still in the
/// file's or the property's charset, still quoted-printable if so encoded, still escaped.
/// </summary>
/// <param name="Line">The 1-based line the property starts on.</param>
/// <param name="Header">Group, name and parameters.</param>
/// <param name="Value">The value's bytes, or null for data the reader does not keep (base64, photos).</param>
internal sealed record ContentLine(long Line, PropertyHeader Header, byte[]? Value)
{
    /// <summary>Whether this is <c>BEGIN:VCARD</c>.</summary>
    public bool IsBegin => Is("BEGIN", "VCARD"u8);

    /// <summary>Whether this is <c>END:VCARD</c>.</summary>
    public bool IsEnd => Is("END", "VCARD"u8);

    /// <summary>Whether the value is absent or blank.</summary>
    public bool IsEmpty => Value is null || Value.AsSpan().Trim(" \t"u8).IsEmpty;

    private bool Is(string name, ReadOnlySpan<byte> value) =>
        Header.Name == name && Header.Group is null && Value is not null && Ascii.EqualsIgnoreCase(Value.AsSpan().Trim(" \t"u8), value);
}
