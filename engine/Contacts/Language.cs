namespace Playbook.Engine.Contacts;

/// <summary>A language someone speaks, with how well (<c>Native or Bilingual</c>, <c>C1</c>), when said.</summary>
/// <param name="Name">The language, as written (<c>Spanish</c>, <c>Español</c>).</param>
/// <param name="Proficiency">How well, or null.</param>
public sealed record Language(string Name, string? Proficiency);
