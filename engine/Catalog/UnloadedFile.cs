namespace Playbook.Engine.Catalog;

/// <summary>
/// A file of the user's playbooks that gave no playbook: it did not load for its problems, or it is a script not
/// trusted yet. <c>playbooks</c> lists it, so a broken file never goes unseen (a broken file that claims a built-in's
/// name also holds that built-in back, see <see cref="PlaybookCatalog.Withheld"/>).
/// </summary>
/// <param name="File">The file.</param>
/// <param name="Name">The playbook name it claims, when that could be read.</param>
/// <param name="State"><see cref="Broken"/> or <see cref="NotTrusted"/>.</param>
/// <param name="ProblemCount">How many problems <c>check</c> reports in it.</param>
public sealed record UnloadedFile(string File, string? Name, string State, int ProblemCount)
{
    /// <summary>It has problems, and nothing of it runs until they are fixed.</summary>
    public const string Broken = "problems";

    /// <summary>A script that compiled but runs only once trusted.</summary>
    public const string NotTrusted = "not trusted";
}
