namespace Playbook.Engine.Analysis;

/// <summary>The kinds of evidence (<see cref="Match.Kind"/>).</summary>
public static class MatchKinds
{
    /// <summary>A company of my positions that is one of theirs.</summary>
    public const string FormerColleague = "former-colleague";

    /// <summary>A school of mine that is one of theirs.</summary>
    public const string School = "school";

    /// <summary>One of my skills in their texts.</summary>
    public const string Skill = "skill";

    /// <summary>One of my interests in their texts.</summary>
    public const string Keyword = "keyword";

    /// <summary>A keyword of one of my goals in their texts.</summary>
    public const string Goal = "goal";

    /// <summary>The same city.</summary>
    public const string Location = "location";

    /// <summary>The cue of their note that says why they write.</summary>
    public const string Intent = "intent";

    /// <summary>What their note says they do.</summary>
    public const string Work = "work";
}
