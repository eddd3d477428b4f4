using System.Text.Json;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Store;

/// <summary>A contact as one query returns it, its lists as the JSON copies <see cref="DerivedData"/> keeps.</summary>
internal sealed class ContactRow
{
    /// <summary>The select list that fills a <see cref="ContactRow"/> from <c>contacts c</c>.</summary>
    public const string SelectList = """
        c.id, c.first_name, c.last_name, c.full_name, c.headline, c.company, c.position, c.location,
        c.profile_url, c.stage, c.notes, c.connected_on, c.created_at, c.updated_at,
        c.emails_json, c.phones_json, c.tags_json, c.sources_json, c.urls_json
        """;

    public long Id { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string FullName { get; set; } = "";
    public string? Headline { get; set; }
    public string? Company { get; set; }
    public string? Position { get; set; }
    public string? Location { get; set; }
    public string? ProfileUrl { get; set; }
    public string Stage { get; set; } = Stages.New;
    public string? Notes { get; set; }
    public string? ConnectedOn { get; set; }
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public string? EmailsJson { get; set; }
    public string? PhonesJson { get; set; }
    public string? TagsJson { get; set; }
    public string? SourcesJson { get; set; }
    public string? UrlsJson { get; set; }

    public Contact ToContact() => new()
    {
        Id = Id,
        FirstName = FirstName,
        LastName = LastName,
        FullName = FullName,
        Headline = Headline,
        Company = Company,
        Position = Position,
        Location = Location,
        ProfileUrl = ProfileUrl,
        Stage = Stage,
        Notes = Notes,
        ConnectedOn = StoreFormat.ParseDate(ConnectedOn),
        Emails = ParseList(EmailsJson),
        Phones = ParseList(PhonesJson),
        Tags = ParseList(TagsJson),
        Sources = ParseList(SourcesJson),
        Urls = ParseList(UrlsJson),
        CreatedAt = StoreFormat.ParseInstant(CreatedAt),
        UpdatedAt = StoreFormat.ParseInstant(UpdatedAt),
    };

    private static string[] ParseList(string? json) =>
        string.IsNullOrEmpty(json) || json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
