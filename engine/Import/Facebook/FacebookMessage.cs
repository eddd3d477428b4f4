using System.Text.Json.Serialization;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// A message of a conversation file. Its reactions ride along on it and are not messages; photos, videos, stickers and
/// the like are attachments, so a photo alone is a message without text.
/// </summary>
internal sealed record FacebookMessage
{
    [JsonPropertyName("sender_name")]
    public string? SenderName { get; init; }

    [JsonPropertyName("timestamp_ms")]
    public long TimestampMs { get; init; }

    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary><c>Generic</c>, <c>Share</c>, <c>Call</c>, <c>Subscribe</c> (joined a group), <c>Unsubscribe</c> (left it).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("is_unsent")]
    public bool IsUnsent { get; init; }

    [JsonPropertyName("photos")]
    public IReadOnlyList<FacebookAttachment>? Photos { get; init; }

    [JsonPropertyName("videos")]
    public IReadOnlyList<FacebookAttachment>? Videos { get; init; }

    [JsonPropertyName("gifs")]
    public IReadOnlyList<FacebookAttachment>? Gifs { get; init; }

    [JsonPropertyName("audio_files")]
    public IReadOnlyList<FacebookAttachment>? AudioFiles { get; init; }

    [JsonPropertyName("files")]
    public IReadOnlyList<FacebookAttachment>? Files { get; init; }

    [JsonPropertyName("sticker")]
    public FacebookAttachment? Sticker { get; init; }

    [JsonPropertyName("share")]
    public FacebookAttachment? Share { get; init; }

    /// <summary>Whether the message carries a photo, video, GIF, voice message, file, sticker or shared link.</summary>
    public bool HasAttachment => Photos is not null || Videos is not null || Gifs is not null || AudioFiles is not null
        || Files is not null || Sticker is not null || Share is not null;
}
