namespace Playbook.Engine.Analysis;

/// <summary>The contact's fields evidence comes from (<see cref="Match.Field"/>), in the order they are read.</summary>
public static class MatchFields
{
    /// <summary>The current position (title).</summary>
    public const string Position = "position";

    /// <summary>The line under their name.</summary>
    public const string Headline = "headline";

    /// <summary>The current company.</summary>
    public const string Company = "company";

    /// <summary>The note of their invitation.</summary>
    public const string Invitation = "invitation";

    /// <summary>Their positions as their profile lists them: companies with their dates, and titles.</summary>
    public const string Positions = "positions";

    /// <summary>Their schools as their profile lists them.</summary>
    public const string Schools = "schools";

    /// <summary>Their skills as their profile lists them.</summary>
    public const string Skills = "skills";

    /// <summary>Their licences and certifications.</summary>
    public const string Certifications = "certifications";

    /// <summary>The About section of their profile.</summary>
    public const string About = "about";

    /// <summary>Where they are.</summary>
    public const string Location = "location";
}
