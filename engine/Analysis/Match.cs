namespace Playbook.Engine.Analysis;

/// <summary>
/// One piece of evidence: what matched, in which field of the contact, with the words on both sides: the contact's as
/// they wrote them, and the me-profile's.
/// </summary>
/// <param name="Kind">One of <see cref="MatchKinds"/>: <c>former-colleague</c>, <c>school</c>, <c>skill</c>, <c>keyword</c>, <c>goal</c>, <c>location</c>, <c>intent</c>, <c>work</c>.</param>
/// <param name="Field">One of <see cref="MatchFields"/>: <c>position</c>, <c>headline</c>, <c>company</c>, <c>location</c>, <c>invitation</c>, <c>positions</c>, <c>schools</c>, <c>skills</c>, <c>certifications</c>, <c>about</c>.</param>
/// <param name="Words">The matched words, as written in the contact's text (in their note, the whole of what they say they do).</param>
/// <param name="Detail">What of the me-profile they matched: the company, school, skill, keyword, or the goal's name; for an intent, the intent; for their work, how they said it (<see cref="Notes.WorkKinds"/>).</param>
public sealed record Match(string Kind, string Field, string Words, string Detail)
{
    /// <summary>
    /// The me-profile's words the contact's met, as the profile writes them: the company, school, skill, interest, or the
    /// goal's keyword. Null for an intent or their work, and in evidence stored before it was kept.
    /// </summary>
    public string? MeWords { get; init; }

    /// <summary>
    /// The concept that joined the two sides when their words differ (<c>e-commerce</c> joins "tienda online" and
    /// "Comercio electrónico"); null when the words themselves matched.
    /// </summary>
    public string? Concept { get; init; }

    /// <summary>
    /// For a former colleague or a shared school, whether the years overlapped: <c>2019–2021 overlap</c> or
    /// <c>not at the same time</c>; null when either side's dates are unknown.
    /// </summary>
    public string? Overlap { get; init; }
}
