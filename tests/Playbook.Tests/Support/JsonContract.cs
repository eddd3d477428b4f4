using System.Text.Json;
using System.Text.RegularExpressions;

namespace Playbook.Tests.Support;

/// <summary>The JSON shapes the docs promise to scripts, checked field by field.</summary>
internal static partial class JsonContract
{
    public static readonly string[] ContactFields =
        ["id", "firstName", "lastName", "fullName", "headline", "company", "position", "location", "emails", "phones", "profileUrl", "tags", "stage", "notes", "connectedOn", "sources"];

    public static readonly string[] EventFields = ["id", "kind", "contactId", "at", "channel", "direction", "body", "classification", "followUpOn", "referral"];

    public static readonly string[] RunFields = ["id", "playbook", "version", "contactId", "eventId", "state", "step", "wakeAt"];

    public static readonly string[] DraftFields = ["id", "contactId", "runId", "playbook", "step", "channel", "body", "status", "variant", "createdAt"];

    public static readonly string[] TaskFields = ["id", "contactId", "runId", "text", "dueAt", "done"];

    private static readonly string[] RunStates = ["running", "waiting", "done", "stopped", "failed"];

    private static readonly string[] DraftStatuses = ["pending", "sent", "discarded"];

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
        foreach (var text in new[] { "channel", "direction", "body", "classification", "referral" })
        {
            Assert.Contains(item.GetProperty(text).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        }

        if (item.GetProperty("followUpOn") is { ValueKind: JsonValueKind.String } day)
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", day.GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty("followUpOn").ValueKind);
        }
    }

    /// <summary>Checks that <paramref name="run"/> has every contract field of a run with the contract's type.</summary>
    public static void AssertRun(JsonElement run)
    {
        AssertFields(run, RunFields);
        Assert.Equal(JsonValueKind.Number, run.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Number, run.GetProperty("contactId").ValueKind);
        Assert.Contains(run.GetProperty("eventId").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        Assert.Equal(JsonValueKind.String, run.GetProperty("playbook").ValueKind);
        Assert.Matches(VersionPattern(), run.GetProperty("version").GetString());
        Assert.Contains(run.GetProperty("state").GetString(), RunStates);
        Assert.Contains(run.GetProperty("step").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        AssertInstantOrNull(run.GetProperty("wakeAt"));
    }

    /// <summary>Checks that <paramref name="draft"/> has every contract field of a draft with the contract's type.</summary>
    public static void AssertDraft(JsonElement draft)
    {
        AssertFields(draft, DraftFields);
        Assert.Equal(JsonValueKind.Number, draft.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Number, draft.GetProperty("contactId").ValueKind);
        Assert.Contains(draft.GetProperty("runId").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        foreach (var text in new[] { "playbook", "step", "channel", "body" })
        {
            Assert.Equal(JsonValueKind.String, draft.GetProperty(text).ValueKind);
        }

        Assert.Contains(draft.GetProperty("status").GetString(), DraftStatuses);
        Assert.Contains(draft.GetProperty("variant").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        Assert.Matches(InstantPattern(), draft.GetProperty("createdAt").GetString());
    }

    /// <summary>Checks that <paramref name="task"/> has every contract field of a task with the contract's type.</summary>
    public static void AssertTask(JsonElement task)
    {
        AssertFields(task, TaskFields);
        Assert.Equal(JsonValueKind.Number, task.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Number, task.GetProperty("contactId").ValueKind);
        Assert.Contains(task.GetProperty("runId").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        Assert.Equal(JsonValueKind.String, task.GetProperty("text").ValueKind);
        Assert.Matches(InstantPattern(), task.GetProperty("dueAt").GetString());
        Assert.Contains(task.GetProperty("done").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
    }

    /// <summary>The names of an object's properties, in order.</summary>
    public static IReadOnlyList<string> Names(this JsonElement item) => item.EnumerateObject().Select(p => p.Name).ToList();

    public static IReadOnlyList<string?> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()).ToList();

    private static void AssertFields(JsonElement item, string[] fields)
    {
        Assert.Equal(JsonValueKind.Object, item.ValueKind);
        var names = item.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(fields, field => Assert.Contains(field, names));
    }

    private static void AssertInstantOrNull(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Null)
        {
            Assert.Matches(InstantPattern(), value.GetString());
        }
    }

    [GeneratedRegex(@"^[0-9a-f]{64}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex InstantPattern();
}
