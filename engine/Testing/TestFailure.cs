namespace Playbook.Engine.Testing;

/// <summary>
/// An expectation of a playbook test that did not hold, at the place in the test file that states it, with what was
/// expected and what happened: <c>welcome.test.yaml(31,21): expected the draft to be in 'es'; it is in 'en'</c>.
/// </summary>
/// <param name="File">The test file.</param>
/// <param name="Line">The line of the expectation, from 1.</param>
/// <param name="Column">The column of the expectation, from 1.</param>
/// <param name="Message">What was expected and what happened, in one line.</param>
public sealed record TestFailure(string File, int Line, int Column, string Message)
{
    /// <summary>What the test file asks for, in short (<c>es</c>), or null.</summary>
    public string? Expected { get; init; }

    /// <summary>What happened instead, in short (<c>en</c>), or null.</summary>
    public string? Actual { get; init; }

    /// <summary><c>file(line,col): message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}
