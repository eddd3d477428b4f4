namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// A playbook file's bytes with the name to report it by: what the loader reads from disk, and what a caller
/// passes for playbooks that do not live on disk (the built-ins embedded in the executable, a test's text).
/// </summary>
/// <param name="File">The name used in problems and in <see cref="PlaybookDefinition.SourceFile"/>.</param>
/// <param name="Content">The file's bytes: UTF-8, with or without a byte order mark.</param>
public sealed record PlaybookSource(string File, ReadOnlyMemory<byte> Content);
