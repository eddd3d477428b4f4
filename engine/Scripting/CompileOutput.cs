using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting;

/// <summary>
/// What one compile of every condition produced, fresh from Roslyn or read back from the cache: the assembly
/// (null when no condition compiled), the method of each condition that compiled, and every problem.
/// </summary>
internal sealed record CompileOutput(byte[]? Image, IReadOnlyDictionary<string, string> Methods, IReadOnlyList<Problem> Problems)
{
    /// <summary>The portable PDB of <see cref="Image"/> when scripts are in it, so that their exceptions carry the script's file and line.</summary>
    public byte[]? Pdb { get; init; }
}
