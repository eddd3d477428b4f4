namespace Playbook.Engine.Scripting;

/// <summary>
/// One condition of a playbook (<c>when</c>, <c>if</c>, <c>until</c>) to compile: a C# boolean expression as the
/// YAML file wrote it, with the place its first character has in that file, so that every diagnostic can point there.
/// </summary>
/// <param name="Key">What names the condition, unique among all the conditions compiled together, e.g. <c>welcome.yaml#when</c>.</param>
/// <param name="Code">
/// The C# expression, e.g. <c>contact.Company != null &amp;&amp; DaysSinceLastInteraction &gt; 30</c>. Lines after the first
/// are taken to start at <paramref name="Column"/> too, as the lines of a YAML block scalar do.
/// </param>
/// <param name="File">The playbook file, as diagnostics should name it.</param>
/// <param name="Line">The line of the expression's first character, from 1.</param>
/// <param name="Column">The column of the expression's first character, from 1, counted in characters.</param>
public sealed record ConditionSource(string Key, string Code, string File, int Line, int Column);
