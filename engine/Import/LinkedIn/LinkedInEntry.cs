namespace Playbook.Engine.Import.LinkedIn;

/// <summary>One known file of an export: its name as the export has it, what it is, and how to read it.</summary>
internal sealed record LinkedInEntry(string Name, LinkedInFileKind Kind, Func<Stream> Open)
{
    /// <summary>How many bytes the file holds unpacked, when its stream cannot say (a zip's entry); null if not known.</summary>
    public long? Length { get; init; }

    /// <summary>
    /// Opens the file to be read on another thread while the export's other files are read: a stream of its own, with
    /// what it needs kept open (a zip's entries share the archive's one stream, so the zip is opened a second time).
    /// </summary>
    public required Func<EntryStream> OpenApart { get; init; }
}

/// <summary>A stream of an export's file opened apart (<see cref="LinkedInEntry.OpenApart"/>), and what to close after it.</summary>
internal sealed class EntryStream(Stream stream, IDisposable? archive) : IDisposable
{
    public Stream Stream { get; } = stream;

    public void Dispose()
    {
        Stream.Dispose();
        archive?.Dispose();
    }
}
