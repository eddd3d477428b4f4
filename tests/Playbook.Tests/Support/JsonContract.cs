using System.Text.Json;
using System.Text.RegularExpressions;

namespace Playbook.Tests.Support;

/// <summary>The JSON shapes DESIGN.md promises to scripts, checked field by field.</summary>
internal static partial class JsonContract
{
    public static readonly string[] ContactFields =
        ["id", "firstName", "lastName", "fullName", "headline", "company", "position", "location", "emails", "phones", "profileUrl", "tags", "stage", "notes", "connectedOn", "sources"];

    public static readonly string[] EventFields = ["id", "kind", "contactId", "at", "channel", "direction", "body", "classification"];

    /// <summary>Checks that <paramref name="contact"/> has every contract field with the contract's type.</summary>
    public static void AssertContact(JsonElement contact)
    {
        Assert.Equal(JsonValueKind.Object, contact.ValueKind);
        var names = contact.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(ContactFields, field => Assert.Contains(field, names));
        Assert.Equal(JsonValueKind.Number, contact.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.String, contact.GetProperty("fullName").ValueKind);
        Assert.Equal(JsonValueKind.String, contact.GetProperty("stage").ValueKind);
        foreach (var text in new[] { "firstName", "lastName", "headline", "company", "position", "location", "profileUrl", "notes" })
        {
            Assert.Contains(contact.GetProperty(text).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        }

        foreach (var list in new[] { "emails", "phones", "tags", "sources" })
        {
            var value = contact.GetProperty(list);
            Assert.Equal(JsonValueKind.Array, value.ValueKind);
            Assert.All(value.EnumerateArray(), item => Assert.Equal(JsonValueKind.String, item.ValueKind));
        }

        var connectedOn = contact.GetProperty("connectedOn");
        if (connectedOn.ValueKind != JsonValueKind.Null)
        {
            Assert.Matches(DatePattern(), connectedOn.GetString());
        }
    }

    /// <summary>Checks that <paramref name="item"/> has every contract field of an event with the contract's type.</summary>
    public static void AssertEvent(JsonElement item)
    {
        Assert.Equal(JsonValueKind.Object, item.ValueKind);
        var names = item.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(EventFields, field => Assert.Contains(field, names));
        Assert.Equal(JsonValueKind.Number, item.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Number, item.GetProperty("contactId").ValueKind);
        Assert.Equal(JsonValueKind.String, item.GetProperty("kind").ValueKind);
        Assert.Matches(InstantPattern(), item.GetProperty("at").GetString());
        foreach (var text in new[] { "channel", "direction", "body", "classification" })
        {
            Assert.Contains(item.GetProperty(text).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        }
    }

    public static IReadOnlyList<string?> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()).ToList();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex InstantPattern();
}
