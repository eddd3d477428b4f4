using Playbook.Engine.Testing;

namespace Playbook.Tui.Cli;

/// <summary>One test in <c>test --json</c>, with where it starts and each failed expectation.</summary>
internal sealed record TestJson(string Name, int Line, int Column, bool Passed, IReadOnlyList<TestFailureJson> Failures)
{
    public static TestJson From(TestResult test) => new(test.Name, test.Line, test.Column, test.Passed, [.. test.Failures.Select(TestFailureJson.From)]);
}
