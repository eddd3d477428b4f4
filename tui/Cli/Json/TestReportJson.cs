using Playbook.Engine.Problems;
using Playbook.Engine.Testing;

namespace Playbook.Tui.Cli;

/// <summary>What <c>test --json</c> prints: the counts, every problem of the files and playbooks, and each file's tests.</summary>
internal sealed record TestReportJson(int Passed, int Failed, IReadOnlyList<ProblemJson> Problems, IReadOnlyList<TestFileJson> Files)
{
    public static TestReportJson From(IReadOnlyList<TestFileResult> results, IReadOnlyList<Problem> problems)
    {
        var tests = results.SelectMany(r => r.Tests).ToList();
        return new TestReportJson(
            tests.Count(t => t.Passed),
            tests.Count(t => !t.Passed),
            [.. problems.Distinct().Select(ProblemJson.From)],
            [.. results.Select(TestFileJson.From)]);
    }
}
