namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// A playbook file that had problems, with the name it still claims: the name it gives when that can be read (for a
/// file whose YAML cannot be read, from a <c>name:</c> line at the start of a line), and its file stem otherwise
/// (<c>welcome.yaml</c> claims <c>welcome</c>). A user file that claims a built-in's name holds the built-in back:
/// the catalog then runs neither, rather than quietly running the built-in in the user's place.
/// </summary>
/// <param name="Name">The name the file claims.</param>
/// <param name="File">The file.</param>
public sealed record RejectedPlaybook(string Name, string File)
{
    /// <summary>The claim of a file with problems whose name could not be read: its stem, when that is a valid name.</summary>
    internal static string? StemOf(string file) =>
        Path.GetFileNameWithoutExtension(file) is { Length: > 0 } stem && Names.IsValid(stem) ? stem : null;
}
