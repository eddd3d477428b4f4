using Playbook.Engine.Contacts;

namespace Playbook.Tui.Cli;

/// <summary>A language as JSON: <c>{language, proficiency}</c>.</summary>
internal sealed record LanguageJson(string Language, string? Proficiency)
{
    public static LanguageJson From(Language l) => new(l.Name, l.Proficiency);
}
