using System.Text;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>What <see cref="TextSniffer"/> found at the start of a file.</summary>
/// <param name="Encoding">How to decode the file.</param>
/// <param name="BomLength">How many bytes of byte-order mark to pass over.</param>
/// <param name="Sample">The start of the file, decoded (without the byte-order mark).</param>
internal sealed record SniffedText(Encoding Encoding, int BomLength, string Sample);
