namespace Playbook.Engine.Import.LinkedIn;

/// <summary>One known file of an export: its name as the export has it, what it is, and how to read it.</summary>
internal sealed record LinkedInEntry(string Name, LinkedInFileKind Kind, Func<Stream> Open)
{
    /// <summary>How many bytes the file holds unpacked, when its stream cannot say (a zip's entry); null if not known.</summary>
    public long? Length { get; init; }
}
