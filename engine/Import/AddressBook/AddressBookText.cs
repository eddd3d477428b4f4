using System.Text;
using Playbook.Engine.Import.Decoding;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// Opens an address-book file as UTF-8 text whatever it was saved in. Only a fixed prefix is read to tell
/// the encoding: a seekable stream is then rewound, any other has the prefix replayed in front of it, so
/// memory does not grow with the file.
/// </summary>
internal static class AddressBookText
{
    /// <summary>How much of the file is looked at; far more than any header row.</summary>
    private const int PrefixLength = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The file from its current position as UTF-8 without a BOM (the caller disposes it; <paramref name="stream"/>
    /// stays open), and its start decoded, to look at the header before reading the rows.
    /// </summary>
    /// <exception cref="Reports.ImportException">The file is empty, binary, or in an encoding that cannot be read.</exception>
    public static (Stream Text, string Sample) Open(Stream stream, string fileName)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var prefix = new byte[PrefixLength];
        var length = stream.ReadAtLeast(prefix, PrefixLength, throwOnEndOfStream: false);
        var sniffed = TextSniffer.Detect(prefix.AsSpan(0, length), wholeFile: length < PrefixLength, fileName);

        Stream bytes;
        if (stream.CanSeek)
        {
            stream.Position = start + sniffed.BomLength;
            bytes = stream;
        }
        else
        {
            bytes = new ChainedStream(prefix.AsMemory(sniffed.BomLength, length - sniffed.BomLength), stream);
        }

        return (Encoding.CreateTranscodingStream(bytes, sniffed.Encoding, Utf8, leaveOpen: true), sniffed.Sample);
    }
}
