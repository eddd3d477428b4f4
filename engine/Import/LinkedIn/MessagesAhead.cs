using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// messages.csv read and understood (parsed, dated, keyed and its received messages classified) on a thread of its
/// own from the start of the import, while the files before it are stored: storing those leaves the second processor
/// idle, and understanding the messages is the slower half of storing them. The store's work on the messages stays
/// where it was, in messages.csv's own transaction, after the files before it; what is read ahead is only held in
/// memory, up to <see cref="BatchesAhead"/> batches, until then.
/// </summary>
internal sealed class MessagesAhead : IDisposable
{
    /// <summary>
    /// How many batches of <see cref="ReadAhead.BatchSize"/> messages may wait (8,192 messages). Few enough that the reader
    /// then stops and leaves the second processor to the runtime's compiling and collecting while the connections are
    /// stored, and that what waits is not carried from one collection to the next: with 128 batches the reader kept both
    /// processors busy through Connections.csv and the import took longer.
    /// </summary>
    private const int BatchesAhead = 32;

    private readonly EntryStream _file;
    private readonly ReadingAhead<ParsedMessage> _reading;

    private MessagesAhead(LinkedInEntry entry, EntryStream file, ExportOwner owner, Func<ReplyClassifier> replies)
    {
        Entry = entry;
        _file = file;
        Length = entry.Length ?? (file.Stream.CanSeek ? file.Stream.Length : null);
        _reading = ReadAhead.Start(MessagesFile.Read(file.Stream, entry.Name, owner, replies), BatchesAhead, MessagesFile.ClassifyFromTheEnd);
    }

    /// <summary>The file being read.</summary>
    public LinkedInEntry Entry { get; }

    /// <summary>How many bytes the file holds, when known.</summary>
    public long? Length { get; }

    /// <summary>
    /// Starts reading the first messages file of <paramref name="export"/>; null when there is none, when its owner is
    /// not known (the file then fails at its turn, saying so), or when it cannot be opened now (its turn says why).
    /// </summary>
    public static MessagesAhead? Start(LinkedInExport export, ExportOwner owner, Func<ReplyClassifier> replies)
    {
        if (!owner.IsKnown || export.Entries.FirstOrDefault(e => e.Kind == LinkedInFileKind.Messages) is not { } entry)
        {
            return null;
        }

        EntryStream file;
        try
        {
            file = entry.OpenApart();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }

        return new MessagesAhead(entry, file, owner, replies);
    }

    /// <summary>The messages in file order, then the file's failure if reading it failed; once.</summary>
    public IEnumerable<ParsedMessage> Messages() => _reading.Items();

    public void Dispose()
    {
        _reading.Dispose();
        _file.Dispose();
    }
}
