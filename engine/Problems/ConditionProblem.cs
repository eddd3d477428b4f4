namespace Playbook.Engine.Problems;

/// <summary>
/// One error in a condition: Roslyn's own (<c>CS1002</c>, with its message intact) or Playbook's (<c>PB0001</c> for
/// an expression that reaches outside what conditions may read, <c>PB0002</c> for one that is not a <c>bool</c>,
/// <c>PB0003</c> for text that is not one expression), at its place in the playbook file.
/// </summary>
/// <param name="Key">The condition's <see cref="Scripting.ConditionSource.Key"/>, or null for a problem with the whole compilation.</param>
/// <param name="File">The playbook file.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Code">The diagnostic's id, e.g. <c>CS0103</c> or <c>PB0001</c>.</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record ConditionProblem(string? Key, string File, int Line, int Column, string Code, string Message)
{
    /// <summary>An expression uses something conditions may not: files, processes, the network, reflection, ...</summary>
    public const string NotAllowed = "PB0001";

    /// <summary>An expression whose value is not a <c>bool</c>.</summary>
    public const string NotBoolean = "PB0002";

    /// <summary>Text that is not one C# expression: empty, several statements, preprocessor directives.</summary>
    public const string NotAnExpression = "PB0003";

    /// <summary><c>file(line,col): error CODE: message</c>, as compilers print it and editors read it.</summary>
    public override string ToString() => $"{File}({Line},{Column}): error {Code}: {Message}";
}
