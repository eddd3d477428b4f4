namespace Playbook.Engine.Contacts;

/// <summary>A person in the store, with everything known about them and where it came from.</summary>
public sealed record Contact
{
    /// <summary>The store's id of the contact.</summary>
    public required long Id { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>The name as shown: first and last name, or whatever name the source gave.</summary>
    public required string FullName { get; init; }

    public string? Headline { get; init; }

    public string? Company { get; init; }

    public string? Position { get; init; }

    public string? Location { get; init; }

    /// <summary>The LinkedIn profile URL as the source wrote it.</summary>
    public string? ProfileUrl { get; init; }

    public required string Stage { get; init; }

    public string? Notes { get; init; }

    /// <summary>The day the connection was made on the network, when known.</summary>
    public DateOnly? ConnectedOn { get; init; }

    public IReadOnlyList<string> Emails { get; init; } = [];

    public IReadOnlyList<string> Phones { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Web addresses other than the LinkedIn profile: websites, blogs, other networks.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The sources the contact came from, such as <c>linkedin</c>.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
