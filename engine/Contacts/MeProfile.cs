using Playbook.Engine.Text;

namespace Playbook.Engine.Contacts;

/// <summary>
/// The user's own profile: what exports bring (headline, positions, schools, skills) merged with what
/// the user writes in <c>config.yaml</c> (goals, languages, interests, signature), which wins where both speak.
/// </summary>
public sealed record MeProfile
{
    /// <summary>The user's given name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The user's family name.</summary>
    public string? LastName { get; init; }

    /// <summary>First and last name together, or null when neither is known.</summary>
    public string? FullName => string.Join(' ', new[] { FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } name ? name : null;

    /// <summary>The user's own LinkedIn profile URL.</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>The line under the user's name on their profile.</summary>
    public string? Headline { get; init; }

    /// <summary>The About section of the user's profile.</summary>
    public string? Summary { get; init; }

    /// <summary>The industry the profile names.</summary>
    public string? Industry { get; init; }

    /// <summary>Where the user is.</summary>
    public string? Location { get; init; }

    /// <summary>The user's jobs, current and past: the companies a contact may share.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>The user's schools: the ones a contact may share.</summary>
    public IReadOnlyList<School> Schools { get; init; } = [];

    /// <summary>The user's skills, as the profile lists them.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The languages the user speaks, most used first.</summary>
    public IReadOnlyList<Language> Languages { get; init; } = [];

    /// <summary>What the user networks for (<c>config.yaml</c>): the contacts each goal is for, and what to propose to them.</summary>
    public IReadOnlyList<Goal> Goals { get; init; } = [];

    /// <summary>Topics the user cares about (<c>config.yaml</c>), matched in contacts' texts.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];

    /// <summary>
    /// The user's own concepts (<c>config.yaml</c>'s <c>concepts</c>): words that mean the same thing in their field,
    /// added to the analysis' built-in lexicon.
    /// </summary>
    public IReadOnlyList<Concept> Concepts { get; init; } = [];

    /// <summary>How the user signs messages (<c>config.yaml</c>).</summary>
    public string? Signature { get; init; }

    /// <summary>Whether nothing at all is known yet.</summary>
    public bool IsEmpty =>
        FullName is null && Headline is null && Summary is null && Positions.Count == 0 && Schools.Count == 0
        && Skills.Count == 0 && Languages.Count == 0 && Goals.Count == 0;
}
