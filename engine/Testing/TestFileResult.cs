using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>
/// A test file, read and run: its problems (a file with any runs none of its tests), or its tests' results; or why it
/// was left out (<see cref="Skipped"/>).
/// </summary>
/// <param name="File">The test file.</param>
/// <param name="Problems">Everything wrong with the file, each at its line and column.</param>
/// <param name="Tests">Each test's result, in the file's order; empty when the file has problems.</param>
public sealed record TestFileResult(string File, IReadOnlyList<Problem> Problems, IReadOnlyList<TestResult> Tests)
{
    /// <summary>Why the file's tests were not run (the playbook it is named after is the user's own), or null.</summary>
    public string? Skipped { get; init; }

    /// <summary>Whether the file had no problem and every test passed.</summary>
    public bool Passed => Problems.Count == 0 && Tests.All(t => t.Passed);
}
