using System.Data;
using System.Text.Json;
using Dapper;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Store;

/// <summary>
/// Reads contacts: one row each, its lists from the JSON copies <see cref="DerivedData"/> keeps and its tags from their
/// own table, mapped by column position (a search may return thousands of contacts, and this is its hot path).
/// </summary>
internal static class ContactRow
{
    /// <summary>
    /// The select list that <see cref="Query"/> maps, from <c>contacts c</c>: the contact's tags and its time of change
    /// with them, read beside the row (see <see cref="DerivedData"/>).
    /// </summary>
    public const string SelectList = $"""
        c.id, c.first_name, c.last_name, c.full_name, c.headline, c.company, c.position, c.location,
        c.profile_url, c.stage, c.notes, c.connected_on, c.created_at, {DerivedData.UpdatedAtOfContact},
        c.emails_json, c.phones_json, {DerivedData.TagsOfContact}, c.sources_json, c.urls_json,
        c.about, c.positions_json, c.schools_json, c.skills_json, c.languages_json, c.certifications_json, c.profile_read_at
        """;

    /// <summary>The contacts <paramref name="sql"/> (which selects <see cref="SelectList"/>) returns, read as enumerated.</summary>
    public static IEnumerable<Contact> Query(IDbConnection connection, string sql, object? parameters = null, IDbTransaction? transaction = null)
    {
        using var reader = connection.ExecuteReader(sql, parameters, transaction);
        while (reader.Read())
        {
            yield return Map(reader);
        }
    }

    public static Contact Map(IDataRecord r) => new()
    {
        Id = r.GetInt64(0),
        FirstName = Text(r, 1),
        LastName = Text(r, 2),
        FullName = r.GetString(3),
        Headline = Text(r, 4),
        Company = Text(r, 5),
        Position = Text(r, 6),
        Location = Text(r, 7),
        ProfileUrl = Text(r, 8),
        Stage = r.GetString(9),
        Notes = Text(r, 10),
        ConnectedOn = StoreFormat.ParseDate(Text(r, 11)),
        CreatedAt = StoreFormat.ParseInstant(r.GetString(12)),
        UpdatedAt = StoreFormat.ParseInstant(r.GetString(13)),
        Emails = List(r, 14),
        Phones = List(r, 15),
        Tags = List(r, 16),
        Sources = List(r, 17),
        Urls = List(r, 18),
        About = Text(r, 19),
        Positions = ProfileColumns.Positions(Text(r, 20)),
        Schools = ProfileColumns.Schools(Text(r, 21)),
        Skills = List(r, 22),
        Languages = ProfileColumns.Languages(Text(r, 23)),
        Certifications = List(r, 24),
        ProfileReadAt = Text(r, 25) is { } read ? StoreFormat.ParseInstant(read) : null,
    };

    private static string? Text(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string[] List(IDataRecord r, int i)
    {
        var json = Text(r, i);
        return string.IsNullOrEmpty(json) || json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
