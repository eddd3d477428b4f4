using System.Text.Json.Serialization;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// One <c>message_N.json</c> of a conversation: its participants (repeated in every file of the conversation) and a
/// part of its messages, newest first; <c>message_1.json</c> holds the newest.
/// </summary>
internal sealed record FacebookThreadFile
{
    [JsonPropertyName("participants")]
    public IReadOnlyList<FacebookParticipant>? Participants { get; init; }

    [JsonPropertyName("messages")]
    public IReadOnlyList<FacebookMessage>? Messages { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary><c>Regular</c> (two people) or <c>RegularGroup</c>.</summary>
    [JsonPropertyName("thread_type")]
    public string? ThreadType { get; init; }

    /// <summary>Where the conversation is, the same in every download: <c>inbox/juangarcia_10158832</c>.</summary>
    [JsonPropertyName("thread_path")]
    public string? ThreadPath { get; init; }
}
