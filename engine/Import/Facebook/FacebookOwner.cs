using System.Text.Json;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// Who downloaded the account, so that their own messages are told sent and they never become a contact: the name in
/// <c>profile_information.json</c>; without it, the one person present in every conversation who is not among their
/// own friends. When neither tells, no one is guessed.
/// </summary>
internal static class FacebookOwner
{
    /// <summary>The owner's name from a <c>profile_information.json</c> (<c>profile_v2</c>, or <c>profile</c> in older downloads), or null.</summary>
    public static string? FromProfile(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        foreach (var name in new[] { "profile_v2", "profile" })
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(name, out var profile) && profile.ValueKind == JsonValueKind.Object
                && profile.TryGetProperty("name", out var names) && names.ValueKind == JsonValueKind.Object
                && names.TryGetProperty("full_name", out var full) && full.ValueKind == JsonValueKind.String
                && FacebookText.Decode(full.GetString()!).Trim() is { Length: > 0 } owner)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>
    /// The name key of the one person in all of <paramref name="participants"/> (each conversation's names) who is not
    /// among <paramref name="friendKeys"/>, or null when there is not exactly one.
    /// </summary>
    public static string? FromConversations(IReadOnlyList<IReadOnlyCollection<string>> participants, IReadOnlySet<string> friendKeys)
    {
        if (participants.Count == 0)
        {
            return null;
        }

        var common = participants[0].Select(NameKey.Of).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var names in participants.Skip(1))
        {
            common.IntersectWith(names.Select(NameKey.Of));
        }

        common.ExceptWith(friendKeys);
        return common.Count == 1 ? common.Single() : null;
    }
}
