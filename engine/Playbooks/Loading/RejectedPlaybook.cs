namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// A playbook file that had problems but whose name could be read. A user file named like a built-in
/// still claims that name: the catalog then runs neither, rather than quietly running the built-in.
/// </summary>
/// <param name="Name">The name the file gives its playbook.</param>
/// <param name="File">The file.</param>
public sealed record RejectedPlaybook(string Name, string File);
