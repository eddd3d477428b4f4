using System.Text.Json.Serialization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Tui.Cli;

/// <summary>A contact as the command-line contract prints it; <c>contacts show</c> adds its timeline.</summary>
internal sealed record ContactJson(
    long Id,
    string? FirstName,
    string? LastName,
    string FullName,
    string? Headline,
    string? Company,
    string? Position,
    string? Location,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string? ProfileUrl,
    IReadOnlyList<string> Tags,
    string Stage,
    string? Notes,
    DateOnly? ConnectedOn,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Urls,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? About,
    IReadOnlyList<PositionJson> Positions,
    IReadOnlyList<SchoolJson> Schools,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<LanguageJson> Languages,
    DateTimeOffset? ProfileReadAt)
{
    /// <summary>The contact's events, oldest first; only in <c>contacts show</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EventJson>? Events { get; init; }

    /// <summary>The contact against the me-profile, with its evidence; only in <c>contacts show</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContactAnalysis? Analysis { get; init; }

    /// <summary>Who the contact is on X and Facebook (<c>network</c>, <c>key</c>, <c>handle</c>); only in <c>contacts show</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<NetworkIdentity>? Identities { get; init; }

    public static ContactJson From(Contact c) => new(
        c.Id, c.FirstName, c.LastName, c.FullName, c.Headline, c.Company, c.Position, c.Location, c.Emails, c.Phones,
        c.ProfileUrl, c.Tags, c.Stage, c.Notes, c.ConnectedOn, c.Sources, c.Urls, c.CreatedAt, c.UpdatedAt,
        c.About, [.. c.Positions.Select(PositionJson.From)], [.. c.Schools.Select(SchoolJson.From)], c.Skills, c.Certifications,
        [.. c.Languages.Select(LanguageJson.From)], c.ProfileReadAt);

    public static ContactJson WithEvents(Contact c, IEnumerable<ContactEvent> events, ContactAnalysis analysis, IReadOnlyList<NetworkIdentity> identities) =>
        From(c) with { Events = events.Select(EventJson.From).ToList(), Analysis = analysis, Identities = identities };
}
