namespace Playbook.Engine.Analysis;

/// <summary>One piece of evidence: what matched, in which field of the contact, with the words as the contact wrote them.</summary>
/// <param name="Kind">One of <c>former-colleague</c>, <c>school</c>, <c>skill</c>, <c>keyword</c>, <c>goal</c>, <c>location</c>.</param>
/// <param name="Field">One of <c>position</c>, <c>headline</c>, <c>company</c>, <c>location</c>, <c>invitation</c>.</param>
/// <param name="Words">The matched words, as written in the contact's text.</param>
/// <param name="Detail">What of the me-profile they matched: the company, school, skill, keyword, or the goal's name.</param>
public sealed record Match(string Kind, string Field, string Words, string Detail);
