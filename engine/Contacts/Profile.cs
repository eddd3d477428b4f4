namespace Playbook.Engine.Contacts;

/// <summary>
/// A person's profile as read from LinkedIn's "Save to PDF" or from the copied text of a profile page: everything
/// the profile says, before it is stored as the contact's newer data.
/// </summary>
public sealed record Profile
{
    /// <summary>The name at the top of the profile.</summary>
    public required string FullName { get; init; }

    /// <summary>The line under the name.</summary>
    public string? Headline { get; init; }

    /// <summary>Where the person is, as the profile says.</summary>
    public string? Location { get; init; }

    /// <summary>The About (Summary, Extracto) section, its paragraphs kept.</summary>
    public string? About { get; init; }

    /// <summary>The profile's own URL, from its contact section; null when it shows none (a copied page may not).</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>Email addresses from the contact section.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Every position, most recent first; roles grouped under one company are separate positions.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>Schools with degree and years, as listed.</summary>
    public IReadOnlyList<School> Schools { get; init; } = [];

    /// <summary>The top skills.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Languages with their level.</summary>
    public IReadOnlyList<Language> Languages { get; init; } = [];

    /// <summary>Licences and certifications, by name.</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];

    /// <summary>When the profile was saved (a PDF's creation date), or null when unknown (copied text: the moment it is read).</summary>
    public DateTimeOffset? SavedAt { get; init; }

    /// <summary>The current positions (no end), the most recent first.</summary>
    public IEnumerable<Position> Current => Positions.Where(p => p.IsCurrent);
}
