using System.Text.Json.Serialization;

namespace Playbook.Engine.Import.Facebook;

/// <summary>A friend as <c>your_friends.json</c> lists them: a name and when the friendship began (Unix seconds).</summary>
internal sealed record FacebookFriend(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("timestamp")] long Timestamp);
