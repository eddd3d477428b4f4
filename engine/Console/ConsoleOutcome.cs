namespace Playbook.Engine.Console;

/// <summary>What one entry of the console gave: a value to print, nothing, its compile errors, or what it threw.</summary>
/// <param name="Kind">Which of those it is.</param>
/// <param name="Value">The entry's value, when <paramref name="Kind"/> is <see cref="ConsoleOutcomeKind.Value"/> (it may be null).</param>
/// <param name="Errors">
/// The compiler's errors, each <c>NAME(line,col): error CSxxxx: message</c> with the line counted in the input, when
/// <paramref name="Kind"/> is <see cref="ConsoleOutcomeKind.CompileError"/>.
/// </param>
/// <param name="Exception">What the entry threw, when <paramref name="Kind"/> is <see cref="ConsoleOutcomeKind.Failed"/>.</param>
public sealed record ConsoleOutcome(ConsoleOutcomeKind Kind, object? Value, IReadOnlyList<string> Errors, Exception? Exception);

/// <summary>The kinds of <see cref="ConsoleOutcome"/>.</summary>
public enum ConsoleOutcomeKind
{
    /// <summary>The entry was an expression: its value is to be printed.</summary>
    Value,

    /// <summary>The entry was a statement or a declaration: nothing to print.</summary>
    Nothing,

    /// <summary>The entry did not compile; the variables are as before it.</summary>
    CompileError,

    /// <summary>The entry threw; what it declared before it threw is kept.</summary>
    Failed,
}
