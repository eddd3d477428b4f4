namespace Playbook.Engine.Analysis;

/// <summary>
/// What a contact and the me-profile have in common, which goals the contact serves, a score and the language to
/// write in. Templates read it as <c>analysis.best_goal.propose</c>, conditions as <c>analysis.IsLowFit</c>.
/// </summary>
public sealed record ContactAnalysis
{
    /// <summary>Companies of my positions that the contact works or worked at.</summary>
    public IReadOnlyList<string> FormerColleagues { get; init; } = [];

    /// <summary>Schools of my profile that the contact names.</summary>
    public IReadOnlyList<string> SharedSchools { get; init; } = [];

    /// <summary>My skills found in the contact's texts, as my profile writes them.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Goal keywords and interests found in the contact's texts, as my profile writes them.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Whether the contact is in the same place (city or first part of the location) as me.</summary>
    public bool SameLocation { get; init; }

    /// <summary>The language to write in (<c>es</c>, <c>en</c>, ...), or null when no rule decided.</summary>
    public string? Language { get; init; }

    /// <summary>The goals the contact serves, best first.</summary>
    public IReadOnlyList<GoalMatch> Goals { get; init; } = [];

    /// <summary>The best-matching goal, or null.</summary>
    public GoalMatch? BestGoal => Goals.Count > 0 ? Goals[0] : null;

    /// <summary>From 0 (nothing in common) to 1; see <see cref="ProfileAnalyzer"/> for the formula.</summary>
    public double Score { get; init; }

    /// <summary>Every match, with the field and words it came from.</summary>
    public IReadOnlyList<Match> Evidence { get; init; } = [];

    /// <summary>The shared things, as my profile names them: companies, schools, skills, keywords, in that order.</summary>
    public IReadOnlyList<string> CommonGround { get; init; } = [];

    /// <summary>What a reply can say we share an interest in: the first three skills and keywords found.</summary>
    public IReadOnlyList<string> Topics => [.. Skills.Concat(Keywords).Distinct(StringComparer.OrdinalIgnoreCase).Take(3)];

    /// <summary>Whether the contact gave too little to judge (no position, headline, company or invitation text).</summary>
    public bool TooLittleData { get; init; }

    /// <summary>No common ground (a shared city at most), or too little data: the welcome stays short and asks what brought them.</summary>
    public bool IsLowFit { get; init; }

    /// <summary>The evidence in one line, for the journal: <c>score 0.62; former colleague Contoso (company); ...</c>.</summary>
    public string Summary()
    {
        var parts = new List<string> { string.Create(System.Globalization.CultureInfo.InvariantCulture, $"score {Score:0.00}") };
        parts.AddRange(Evidence.Select(m => m.Kind switch
        {
            "goal" => $"goal '{m.Detail}' ({m.Field}: {m.Words})",
            "former-colleague" => $"former colleague {m.Detail} ({m.Field})",
            "location" => $"same location {m.Words}",
            _ => $"{m.Kind} {m.Detail} ({m.Field}: {m.Words})",
        }));
        if (IsLowFit)
        {
            parts.Add(TooLittleData ? "low fit: too little data" : "low fit");
        }

        return string.Join("; ", parts);
    }
}
