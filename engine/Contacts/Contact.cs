namespace Playbook.Engine.Contacts;

/// <summary>A person in the store, with everything known about them and where it came from.</summary>
public sealed record Contact
{
    /// <summary>The store's id of the contact.</summary>
    public required long Id { get; init; }

    /// <summary>The given name, when the source gives one apart.</summary>
    public string? FirstName { get; init; }

    /// <summary>The family name, when the source gives one apart.</summary>
    public string? LastName { get; init; }

    /// <summary>The name as shown: first and last name, or whatever name the source gave.</summary>
    public required string FullName { get; init; }

    /// <summary>The line under the name on the profile: <c>Consultora de e-commerce en Sevilla</c>.</summary>
    public string? Headline { get; init; }

    /// <summary>The current company.</summary>
    public string? Company { get; init; }

    /// <summary>The current position at <see cref="Company"/>.</summary>
    public string? Position { get; init; }

    /// <summary>Where the contact is, as the source wrote it.</summary>
    public string? Location { get; init; }

    /// <summary>The LinkedIn profile URL as the source wrote it.</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>Where the relationship stands: one of <see cref="Stages"/>.</summary>
    public required string Stage { get; init; }

    /// <summary>The user's notes on the contact, and notes that address books carried.</summary>
    public string? Notes { get; init; }

    /// <summary>The day the connection was made on the network, when known.</summary>
    public DateOnly? ConnectedOn { get; init; }

    /// <summary>Email addresses, the primary one first.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Phone numbers, as the sources wrote them.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>The user's tags, in lower case, such as <c>clientes</c> or <c>do-not-contact</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Web addresses other than the LinkedIn profile: websites, blogs, other networks.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The sources the contact came from, such as <c>linkedin</c>.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The About section of their profile, once a profile was read.</summary>
    public string? About { get; init; }

    /// <summary>Their positions, most recent first, once a profile was read.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>Their schools, once a profile was read.</summary>
    public IReadOnlyList<School> Schools { get; init; } = [];

    /// <summary>Their top skills, once a profile was read.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The languages they speak, once a profile was read.</summary>
    public IReadOnlyList<Language> Languages { get; init; } = [];

    /// <summary>Their licences and certifications, once a profile was read.</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];

    /// <summary>When a profile of theirs was last read into the store, or null when none was.</summary>
    public DateTimeOffset? ProfileReadAt { get; init; }

    /// <summary>When the contact was first stored.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When any of the contact's fields last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
