namespace Playbook.Engine.Languages;

/// <summary>The language to write to a contact in, which rule decided it, and why, for explanations.</summary>
/// <param name="Code">The language code (<c>es</c>, <c>en</c>, …), or null when no rule decided.</param>
/// <param name="Rule">The rule that decided.</param>
/// <param name="Reason">
/// Why, in one line: each rule that could not decide and why not, then the one that did, such as
/// <c>the invitation has too little text to tell (2 words); the contact's location 'Madrid, Spain' is Spanish-speaking (Spain)</c>.
/// </param>
public sealed record LanguageChoice(string? Code, LanguageRule Rule, string Reason);
