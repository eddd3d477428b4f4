namespace Playbook.Engine.Catalog;

/// <summary>A playbook script found with the playbooks: whether it compiled, whether it is trusted, and what it declared.</summary>
/// <param name="File">The script's path.</param>
/// <param name="Hash">The hash of its exact content and the files it loads, as <c>playbook trust</c> records it.</param>
/// <param name="Compiled">Whether it compiled (its problems are the catalog's).</param>
/// <param name="Trusted">Whether that exact content was trusted; an untrusted script is compiled and checked, never run.</param>
/// <param name="Playbooks">The names of the playbooks it declared (none until it is trusted: declaring them runs its code).</param>
public sealed record ScriptEntry(string File, string Hash, bool Compiled, bool Trusted, IReadOnlyList<string> Playbooks)
{
    /// <summary>What a user must do for the script to run, or null when it runs.</summary>
    public string? Refusal => Compiled && !Trusted
        ? $"{File}: the script is not trusted; after reading it, run 'playbook trust {File}' to let it run"
        : null;
}
