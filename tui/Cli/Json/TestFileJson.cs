using Playbook.Engine.Testing;

namespace Playbook.Tui.Cli;

/// <summary>One test file in <c>test --json</c>: <c>skipped</c> says why it was not run, or is null.</summary>
internal sealed record TestFileJson(string File, bool Passed, string? Skipped, IReadOnlyList<ProblemJson> Problems, IReadOnlyList<TestJson> Tests)
{
    public static TestFileJson From(TestFileResult result) => new(
        result.File,
        result.Passed,
        result.Skipped,
        [.. result.Problems.Select(ProblemJson.From)],
        [.. result.Tests.Select(TestJson.From)]);
}
