using Playbook.Engine.Testing;

namespace Playbook.Tui.Cli;

/// <summary>A failed expectation in <c>test --json</c>: where it is written, the message, and what was expected and found.</summary>
internal sealed record TestFailureJson(string File, int Line, int Column, string Message, string? Expected, string? Actual)
{
    public static TestFailureJson From(TestFailure failure) =>
        new(failure.File, failure.Line, failure.Column, failure.Message, failure.Expected, failure.Actual);
}
