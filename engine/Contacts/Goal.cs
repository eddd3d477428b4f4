namespace Playbook.Engine.Contacts;

/// <summary>One of the user's networking goals: who it is for (keywords) and what to propose.</summary>
/// <param name="Name">The goal's name.</param>
/// <param name="Keywords">Words in a contact's texts that say the contact serves the goal.</param>
/// <param name="Propose">What to propose (<c>a call</c>), or null; with <see cref="Proposals"/>, the one for a language they do not name.</param>
public sealed record Goal(string Name, IReadOnlyList<string> Keywords, string? Propose)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>().AsReadOnly();

    /// <summary>What to propose by language code (<c>es: un café</c>, <c>en: a coffee</c>), when written per language.</summary>
    public IReadOnlyDictionary<string, string> Proposals { get; init; } = None;

    /// <summary>What to propose to someone written to in <paramref name="language"/>.</summary>
    public string? ProposeIn(string? language) =>
        language is not null && Proposals.TryGetValue(language, out var proposal) ? proposal : Propose;
}
