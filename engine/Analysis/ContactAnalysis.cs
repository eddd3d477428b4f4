namespace Playbook.Engine.Analysis;

/// <summary>
/// What a contact and the me-profile have in common, which goals the contact serves, a score and the language to
/// write in, and what the note of their invitation says: why they write and what they do. Templates read it as
/// <c>analysis.best_goal.propose</c> or <c>analysis.their_work</c>, conditions as <c>analysis.IsLowFit</c> or
/// <c>analysis.Intent == "sales"</c>.
/// </summary>
public sealed record ContactAnalysis
{
    /// <summary>Companies of my positions that the contact works or worked at (their positions, or their company), as my profile writes them.</summary>
    public IReadOnlyList<string> FormerColleagues { get; init; } = [];

    /// <summary>The same companies, each with whether we were there at the same time.</summary>
    public IReadOnlyList<SharedEmployer> SharedEmployers { get; init; } = [];

    /// <summary>Schools of my profile that are among the contact's schools, as my profile writes them.</summary>
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

    /// <summary>
    /// Why the note of their invitation was written: one of <see cref="Notes.NoteIntents"/> (<c>peer</c>, <c>sales</c>,
    /// <c>recruiter</c>, <c>job-seeker</c>), or null when the invitation came without a note.
    /// </summary>
    public string? Intent { get; init; }

    /// <summary>What their note says they do, in their words (<c>e-commerce de moda</c>, <c>a Shopify agency</c>), or null.</summary>
    public string? TheirWork { get; init; }

    /// <summary>How the note said <see cref="TheirWork"/>: one of <see cref="Notes.WorkKinds"/> (<c>field</c>, <c>employer</c>, <c>role</c>, <c>business</c>), or null.</summary>
    public string? TheirWorkKind { get; init; }

    /// <summary>Whether what they say they do holds common ground (a skill, goal keyword or interest of mine), so a reply can say so there.</summary>
    public bool TheirWorkInCommon { get; init; }

    /// <summary>Whether the contact gave too little to judge: no position, headline, company, profile or invitation note.</summary>
    public bool TooLittleData { get; init; }

    /// <summary>No common ground (a shared city at most), or too little data: the welcome stays short and, without a note, asks what brought them.</summary>
    public bool IsLowFit { get; init; }

    /// <summary>
    /// The evidence in one line, for the journal: <c>score 0.62; former colleague Contoso (company; 2019–2021 overlap);
    /// skill Comercio electrónico (invitation: e-commerce de moda; concept e-commerce); ...</c>.
    /// </summary>
    public string Summary()
    {
        var parts = new List<string> { string.Create(System.Globalization.CultureInfo.InvariantCulture, $"score {Score:0.00}") };
        parts.AddRange(Evidence.Select(m => m.Kind switch
        {
            MatchKinds.Goal => $"goal '{m.Detail}' ({m.Field}: {m.Words}{Via(m)})",
            MatchKinds.FormerColleague => $"former colleague {m.Detail} ({m.Field}{(m.Overlap is null ? "" : "; " + m.Overlap)})",
            MatchKinds.Location => $"same location {m.Words}",
            MatchKinds.Intent => $"intent {m.Detail} ({m.Field}: {m.Words})",
            MatchKinds.Work => $"their work '{m.Words}' ({m.Field})",
            _ => $"{m.Kind} {m.Detail} ({m.Field}: {m.Words}{Via(m)}{(m.Overlap is null ? "" : "; " + m.Overlap)})",
        }));
        if (IsLowFit)
        {
            parts.Add(TooLittleData ? "low fit: too little data" : "low fit");
        }

        return string.Join("; ", parts);
    }

    private static string Via(Match match) => match.Concept is null ? "" : $"; concept {match.Concept}";
}
