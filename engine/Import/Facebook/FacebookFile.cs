namespace Playbook.Engine.Import.Facebook;

/// <summary>A file of a download: its name as reports give it, its path inside the download, and how to read it.</summary>
internal sealed record FacebookFile(string Name, string Relative, Func<Stream> Open);
