namespace Playbook.Engine.Contacts;

/// <summary>
/// The user's own profile: what exports bring (headline, positions, schools, skills) merged with what
/// the user writes in <c>config.yaml</c> (goals, languages, interests, signature), which wins where both speak.
/// </summary>
public sealed record MeProfile
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? FullName => string.Join(' ', new[] { FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } name ? name : null;

    public string? ProfileUrl { get; init; }

    public string? Headline { get; init; }

    public string? Summary { get; init; }

    public string? Industry { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<Position> Positions { get; init; } = [];

    public IReadOnlyList<School> Schools { get; init; } = [];

    public IReadOnlyList<string> Skills { get; init; } = [];

    public IReadOnlyList<Language> Languages { get; init; } = [];

    public IReadOnlyList<Goal> Goals { get; init; } = [];

    public IReadOnlyList<string> Interests { get; init; } = [];

    public string? Signature { get; init; }

    /// <summary>Whether nothing at all is known yet.</summary>
    public bool IsEmpty =>
        FullName is null && Headline is null && Summary is null && Positions.Count == 0 && Schools.Count == 0
        && Skills.Count == 0 && Languages.Count == 0 && Goals.Count == 0;
}

/// <summary>A job in the me-profile.</summary>
public sealed record Position(string Company, string? Title, string? Location, string? StartedOn, string? FinishedOn)
{
    /// <summary>Whether this is a current position (no end).</summary>
    public bool IsCurrent => string.IsNullOrWhiteSpace(FinishedOn);
}

/// <summary>A school in the me-profile.</summary>
public sealed record School(string Name, string? Degree, string? StartedOn, string? FinishedOn);

/// <summary>A language the user speaks, with how well.</summary>
public sealed record Language(string Name, string? Proficiency);

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
