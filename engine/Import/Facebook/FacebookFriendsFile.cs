using System.Text.Json.Serialization;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// The friends file, in its names over the years: <c>friends_v2</c> (<c>connections/friends/your_friends.json</c>),
/// <c>friends</c> (<c>friends/friends.json</c>); and a list of sent requests, which are not friends.
/// </summary>
internal sealed record FacebookFriendsFile
{
    [JsonPropertyName("friends_v2")]
    public IReadOnlyList<FacebookFriend>? FriendsV2 { get; init; }

    [JsonPropertyName("friends")]
    public IReadOnlyList<FacebookFriend>? Friends { get; init; }

    [JsonPropertyName("sent_requests_v2")]
    public IReadOnlyList<FacebookFriend>? SentV2 { get; init; }

    [JsonPropertyName("sent_requests")]
    public IReadOnlyList<FacebookFriend>? Sent { get; init; }

    /// <summary>The friends, whichever name the file gives the list.</summary>
    public IReadOnlyList<FacebookFriend> AllFriends => FriendsV2 ?? Friends ?? [];

    /// <summary>The sent requests, whichever name the file gives the list.</summary>
    public IReadOnlyList<FacebookFriend> AllSent => SentV2 ?? Sent ?? [];
}
