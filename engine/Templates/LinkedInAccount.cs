namespace Playbook.Engine.Templates;

/// <summary>The kind of LinkedIn account the user has, which sets how long an invitation note may be.</summary>
public enum LinkedInAccount
{
    /// <summary>A free account: invitation notes of up to 200 characters.</summary>
    Free,

    /// <summary>A Premium account: invitation notes of up to 300 characters.</summary>
    Premium,
}
