using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Writing;

/// <summary>What one source row says about a person; missing facts are null or empty.</summary>
internal sealed record ContactFacts
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Headline { get; init; }
    public string? Company { get; init; }
    public string? Position { get; init; }
    public string? Location { get; init; }
    public string? ProfileUrl { get; init; }
    public string? Notes { get; init; }
    public DateOnly? ConnectedOn { get; init; }

    /// <summary>A stage the source records (Playbook's own exports); only taken by contacts still at <c>new</c>.</summary>
    public string? Stage { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Web addresses other than the LinkedIn profile (websites, blogs, other networks).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>
    /// Who the person is on a network without profile URLs or emails (an X id, a Facebook friend); such a person is
    /// found by this identity only, never by name.
    /// </summary>
    public NetworkIdentity? Identity { get; init; }

    /// <summary>
    /// A name to show when the source gives no first or last name (a name signed at the end of a message): shown, never
    /// taken for the person's own name.
    /// </summary>
    public string? DisplayName { get; init; }

    /// <summary>The name to show: first and last name joined.</summary>
    public string FullName => NameKey.Join(FirstName, LastName);

    /// <summary>The identity key of <see cref="ProfileUrl"/>.</summary>
    public string? ProfileKey => Contacts.ProfileUrl.KeyOf(ProfileUrl);

    /// <summary>Whether the row names someone at all (a name, a profile URL or an email).</summary>
    public bool IdentifiesSomeone => FullName.Length > 0 || ProfileKey is not null || Emails.Count > 0 || Identity is not null;
}
