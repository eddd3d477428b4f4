namespace Playbook.Engine.Testing;

/// <summary>One test of a test file, run: passed when no expectation failed.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="File">Its file.</param>
/// <param name="Line">Where the test starts in the file.</param>
/// <param name="Column">Its column.</param>
/// <param name="Failures">Every expectation that did not hold, in the order of the steps.</param>
public sealed record TestResult(string Name, string File, int Line, int Column, IReadOnlyList<TestFailure> Failures)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
