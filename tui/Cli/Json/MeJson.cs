using Playbook.Engine.Contacts;

namespace Playbook.Tui.Cli;

/// <summary>The me-profile as <c>me --json</c> prints it.</summary>
internal sealed record MeJson(
    string? FirstName,
    string? LastName,
    string? FullName,
    string? ProfileUrl,
    string? Headline,
    string? Summary,
    string? Industry,
    string? Location,
    IReadOnlyList<PositionJson> Positions,
    IReadOnlyList<SchoolJson> Schools,
    IReadOnlyList<string> Skills,
    IReadOnlyList<LanguageJson> Languages,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<string> Interests,
    string? Signature)
{
    public static MeJson From(MeProfile me) => new(
        me.FirstName, me.LastName, me.FullName, me.ProfileUrl, me.Headline, me.Summary, me.Industry, me.Location,
        [.. me.Positions.Select(PositionJson.From)], [.. me.Schools.Select(SchoolJson.From)], me.Skills,
        [.. me.Languages.Select(LanguageJson.From)], me.Goals, me.Interests, me.Signature);
}
