namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// A conversation's files, <c>message_1.json</c>, <c>message_2.json</c>, ... in that order, and where it lives
/// (<c>inbox/juangarcia_10158832</c>), which is what the conversation is known by from one download to the next.
/// </summary>
internal sealed record FacebookThreadFiles(string Path, IReadOnlyList<FacebookFile> Files);
