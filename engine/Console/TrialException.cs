namespace Playbook.Engine.Console;

/// <summary>
/// A condition or a template tried in the console or the desk that gave no answer: it did not compile or parse
/// (<see cref="Problems"/>, each placed in what was typed, as <c>when(1,9): error CS0103: ...</c>), or it failed while
/// it ran (a null it read, its budget).
/// </summary>
public sealed class TrialException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrialException(IReadOnlyList<string> problems, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problems = problems;
    }

    /// <summary>The problems of what was typed, each placed in it; empty when it compiled and failed while it ran.</summary>
    public IReadOnlyList<string> Problems { get; }
}
