using System.Text;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Reads the cards of a .vcf file (vCard 2.1, 3.0 and 4.0) one at a time, so memory does not grow with
/// the file. A card that names nobody, that is not closed by END:VCARD, or whose value names a CHARSET
/// no encoding answers to, is skipped with its line and reason and the rest of the file goes on; a file that is not a vCard at all, or is in an encoding the
/// reader cannot decode, is refused whole.
/// </summary>
internal static class VCardReader
{
    private const int StartSniffBytes = 4096;

    /// <summary>
    /// Every card of <paramref name="stream"/>: <see cref="SourceRow.Read"/> with its facts, or
    /// <see cref="SourceRow.Skip"/> for a malformed card; the line is where its BEGIN:VCARD is.
    /// </summary>
    /// <exception cref="ImportException">
    /// The file is not a vCard (no BEGIN:VCARD at its start) or is UTF-32. Thrown when enumeration starts.
    /// </exception>
    public static IEnumerable<SourceRow> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return ReadCards(stream, fileName);
    }

    private static IEnumerable<SourceRow> ReadCards(Stream stream, string fileName)
    {
        var (bytes, transcoded) = FileEncoding.Open(stream, fileName);
        using var _ = bytes;
        var lines = new ByteLines(bytes);
        RequireVCardStart(lines, fileName);

        var reader = new ContentLineReader(lines);
        var decoder = new ValueDecoder(transcoded);
        CardBuilder? card = null;
        var cardLine = 0L;
        string? cardProblem = null;
        var agentDepth = 0;
        var afterEmptyAgent = false;
        while (reader.Read() is { } content)
        {
            if (agentDepth > 0)
            {
                // A vCard 2.1 AGENT embeds a whole card after "AGENT:"; it belongs to the outer card and is passed over.
                agentDepth += content.IsBegin ? 1 : content.IsEnd ? -1 : 0;
                continue;
            }

            if (content.IsBegin)
            {
                if (card is not null && afterEmptyAgent)
                {
                    agentDepth = 1;
                    continue;
                }

                if (card is not null)
                {
                    yield return SourceRow.Skip(cardLine, $"card has no END:VCARD before the BEGIN:VCARD on line {content.Line}");
                }

                card = new CardBuilder();
                cardLine = content.Line;
                cardProblem = null;
                afterEmptyAgent = false;
                continue;
            }

            if (card is null)
            {
                continue;
            }

            if (content.IsEnd)
            {
                // A value that cannot be decoded takes its card with it, not the file: the next card is read as usual.
                yield return cardProblem is null ? card.Build(cardLine) : SourceRow.Skip(cardLine, cardProblem);
                card = null;
                continue;
            }

            afterEmptyAgent = content.Header.Name == "AGENT" && content.IsEmpty;
            if (content.Value is { } value)
            {
                if (decoder.Decode(content, value, out var problem) is { } text)
                {
                    card.Add(content.Header.Name, text);
                }
                else
                {
                    cardProblem ??= problem;
                }
            }
        }

        if (card is not null)
        {
            yield return SourceRow.Skip(cardLine, $"card has no END:VCARD before the end of the file (line {reader.LastLine})");
        }
    }

    /// <summary>Refuses a file whose first non-blank bytes are not BEGIN:VCARD (a CSV, random bytes, an empty file).</summary>
    private static void RequireVCardStart(ByteLines lines, string fileName)
    {
        var head = lines.Peek(StartSniffBytes);
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            throw new ImportException(fileName, "not a vCard file: it is empty");
        }

        var first = head[start..];
        if (first.Length < "BEGIN:VCARD".Length || !Ascii.EqualsIgnoreCase(first[.."BEGIN:VCARD".Length], "BEGIN:VCARD"u8))
        {
            throw new ImportException(fileName, "not a vCard file: it does not start with BEGIN:VCARD");
        }
    }
}
